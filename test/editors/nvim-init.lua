-- Headless Neovim as an LSP client of policylint (test/neovim.test.ts): opens a file, starts the
-- language server with Neovim's built-in client, waits for its diagnostics, asks for a hover and
-- code actions, writes all of it as JSON and quits. Works with Neovim 0.7 (vim.lsp.start_client)
-- and 0.8+ (vim.lsp.start).
local file = os.getenv('POLICYLINT_FILE')
local out = os.getenv('POLICYLINT_OUT')
local cmd = { os.getenv('POLICYLINT_NODE') or 'node', os.getenv('POLICYLINT_SERVER'), '--stdio' }
local hover_at = os.getenv('POLICYLINT_HOVER') -- "line,character", 0-based

local function finish(result, code)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
  vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 20)
  vim.cmd(code == 0 and 'qall!' or 'cquit! ' .. code)
end

vim.cmd('filetype on')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local config = { name = 'policylint', cmd = cmd, root_dir = vim.fn.getcwd() }
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config)
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
end

local ok = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
if not ok then
  finish({ error = 'no diagnostics within 20 s', filetype = vim.bo[bufnr].filetype }, 1)
  return
end

local result = { filetype = vim.bo[bufnr].filetype, diagnostics = vim.diagnostic.get(bufnr) }
if hover_at then
  local line, character = hover_at:match('(%d+),(%d+)')
  local position = { line = tonumber(line), character = tonumber(character) }
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = position }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000)
  result.hover = hover and hover[client_id] and hover[client_id].result
  local range = { start = position, ['end'] = position }
  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = params.textDocument,
    range = range,
    context = { diagnostics = {} },
  }, 10000)
  result.actions = actions and actions[client_id] and actions[client_id].result
end
finish(result, 0)
