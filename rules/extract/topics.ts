import type { PolicyDocument, Section } from '../../src/core/document.js';
import { compile, has } from '../../src/core/match.js';
import { TOPIC_PHRASES, type Topic } from '../lexicons/topics.js';

export type { Topic };

const TOPIC_RES = Object.entries(TOPIC_PHRASES).map(([topic, phrases]) => [topic as Topic, compile(phrases)] as const);

/** Topics of each section, from its heading text (index = section index). */
export function sectionTopics(doc: PolicyDocument): Topic[][] {
  return doc.memo(computeTopics);
}

function computeTopics(doc: PolicyDocument): Topic[][] {
  return doc.sections.map((s) => {
    const h = doc.blocks[s.heading];
    const from = h.contentStart;
    const to = h.end;
    return TOPIC_RES.filter(([, re]) => has(re, doc.lower, from, to)).map(([t]) => t);
  });
}

/** Sections whose heading names one of the topics, in document order. */
export function sectionsAbout(doc: PolicyDocument, ...topics: Topic[]): Section[] {
  const all = sectionTopics(doc);
  return doc.sections.filter((s) => all[s.index].some((t) => topics.includes(t)));
}

/** Whether a text offset lies in a section (or a subsection of one) about one of the topics. */
export function inSectionAbout(doc: PolicyDocument, offset: number, ...topics: Topic[]): boolean {
  const all = sectionTopics(doc);
  let s = doc.sectionAt(offset);
  while (s) {
    if (all[s.index].some((t) => topics.includes(t))) return true;
    s = s.parent >= 0 ? doc.sections[s.parent] : undefined;
  }
  return false;
}

/**
 * Where a finding about absent content belongs: the heading of the first section about the
 * first topic that has one (topics in order of preference), else undefined (the file's 1:1).
 */
export function whereBelongs(doc: PolicyDocument, ...topics: Topic[]): [number, number] | undefined {
  for (const t of topics) {
    const s = sectionsAbout(doc, t)[0];
    if (s) {
      const h = doc.blocks[s.heading];
      return [h.start, h.end];
    }
  }
  return undefined;
}
