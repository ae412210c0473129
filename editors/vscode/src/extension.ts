/** Starts the policylint language server for Markdown, text and HTML documents (docs/editors.md). */
import * as path from 'node:path';
import { type ExtensionContext, workspace } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The server script: the policylint.serverPath setting, else the one bundled with the extension. */
function serverModule(context: ExtensionContext): string {
  const configured = workspace.getConfiguration('policylint').get<string>('serverPath')?.trim();
  if (!configured) return context.asAbsolutePath(path.join('dist', 'server.mjs'));
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
  return path.isAbsolute(configured) || !folder ? configured : path.join(folder, configured);
}

export async function activate(context: ExtensionContext): Promise<void> {
  const run = { module: serverModule(context), transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run, debug: run };
  const languages = ['markdown', 'plaintext', 'html'];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: { locale: workspace.getConfiguration('policylint').get<string>('locale') },
    // An edited config file: the server lints the open policies again.
    synchronize: {
      fileEvents: workspace.createFileSystemWatcher('**/{.policylintrc.json,.policylintrc.yaml,.policylintrc.yml,policylint.config.json,package.json}'),
    },
  };
  client = new LanguageClient('policylint', 'policylint', serverOptions, clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
