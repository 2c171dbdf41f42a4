/**
 * `validate <file…>`: parses documents without storing them and prints each one's outline (sections, items,
 * addressees, citations) and diagnostics, or JSON with `--json`. Exit code 1 when any document fails.
 */
import { readCorpus } from '../../loaders';
import type { EntityRef, ParsedDocument, ReadOutcome } from '../../loaders';

export interface ValidateOptions {
  readonly paths: readonly string[];
  readonly json: boolean;
  readonly out: NodeJS.WritableStream;
}

/** A short human name for an entity. */
export function entityLabel(e: EntityRef): string {
  switch (e.type) {
    case 'StudyGroup':
      return `${e.sector} SG${e.number}`;
    case 'Question':
      return e.code ? `${e.sector} Question ${e.code}` : `${e.sector} SG${e.studyGroup} Question on "${e.title ?? ''}"`;
    case 'Organization':
      return e.acronym ?? e.name;
    case 'Office':
    case 'Stakeholder':
      return e.name;
    case 'Instrument':
      return e.name;
    case 'ItuResolution':
      return `${e.body} ${e.series === 'decision' ? 'Decision' : 'Resolution'} ${e.number}${
        e.revision
          ? ` (${e.revision.revised ? 'Rev. ' : ''}${e.revision.place ? `${e.revision.place}, ` : ''}${e.revision.year})`
          : ''
      }`;
  }
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/** A resolution's annexes: each one's heading clause, its heading and how many paragraphs follow it. */
function annexesOf(doc: ParsedDocument): { clause: string; heading: string; paragraphs: number }[] {
  const headings = doc.clauses.filter((c) => c.part === 'annex' && c.role === 'heading');
  return headings.map((h) => ({
    clause: h.address,
    heading: h.text,
    paragraphs: doc.clauses.filter((c) => c.section === h.section && c.role === 'paragraph').length,
  }));
}

/** The outline of one parsed document, as lines of text. */
export function outline(doc: ParsedDocument): string[] {
  const lines: string[] = [];
  if (doc.kind === 'resolution') {
    const src = (f: { source: string }): string => (f.source === 'manifest' ? ' [manifest]' : '');
    lines.push(
      `  ${doc.body.value}${src(doc.body)} ${doc.series === 'decision' ? 'Decision' : 'Resolution'} ${doc.number.value}${src(doc.number)} (${doc.revisionLabel})` +
        (doc.title ? ` — ${doc.title.value}` : ' — (no title in the text)'),
    );
    lines.push(`  history: ${doc.history.map((h) => (h.place ? `${h.place} ${h.year}` : String(h.year))).join('; ')}`);
    lines.push(`  foreword: ${doc.foreword ? `${doc.foreword.length} characters, kept apart` : 'none'}`);
    for (const part of ['preamble', 'operative'] as const) {
      lines.push(`  ${part}:`);
      for (const s of doc.sections.filter((x) => x.part === part)) {
        const ins = doc.instructions.find((i) => i.address === s.key);
        const content = s.itemCount ? `${s.itemCount} item${s.itemCount > 1 ? 's' : ''}` : 'unnumbered body';
        if (!ins) {
          // A heading the lexicon does not list is shown as written: its key says nothing.
          const written = s.marker === 'unlisted' ? ` '${s.heading}'` : '';
          lines.push(`    ${s.key}${written} (${content})`);
          continue;
        }
        const to = unique(ins.addressees.map((m) => entityLabel(m.entity))).join(', ') || '—';
        const withWhom = unique(ins.collaborators.map((m) => entityLabel(m.entity))).join(', ');
        lines.push(`    ${s.key}  ${ins.kind} → ${to}${withWhom ? `  with ${withWhom}` : ''}  (${content})`);
      }
    }
    const annexes = annexesOf(doc);
    if (annexes.length) {
      lines.push('  annexes:');
      for (const a of annexes) {
        lines.push(`    ${a.clause}  ${a.heading}  (${a.paragraphs} paragraph${a.paragraphs === 1 ? '' : 's'})`);
      }
    }
  } else {
    lines.push(`  page: ${doc.title ?? '(untitled)'} — about ${doc.subject ? entityLabel(doc.subject) : '?'}`);
    lines.push(`  paragraphs: ${doc.clauses.length}`);
  }
  lines.push(`  citations: ${unique(doc.citations.map((m) => entityLabel(m.entity))).join('; ') || 'none'}`);
  const mentioned = unique(
    doc.clauses.flatMap((c) =>
      c.mentions.filter((m) => m.entity.type !== 'ItuResolution').map((m) => entityLabel(m.entity)),
    ),
  );
  lines.push(`  mentions: ${mentioned.join(', ') || 'none'}`);
  const rels = unique(doc.relations.map((r) => `${entityLabel(r.from)} ${r.type} ${entityLabel(r.to)}`));
  lines.push(`  relations: ${rels.join('; ') || 'none'}`);
  lines.push(
    `  diagnostics: ${
      doc.diagnostics.length ? '' : 'none'
    }${doc.diagnostics.map((d) => `\n    line ${d.line}, column ${d.column}: ${d.severity} ${d.code}: ${d.message}`).join('')}`,
  );
  return lines;
}

function summary(o: ReadOutcome): Record<string, unknown> {
  if (!o.ok) return { file: o.file, ok: false, error: o.error.toJSON() };
  const d = o.document;
  const base = {
    file: o.file,
    ok: true,
    kind: d.kind,
    language: d.language,
    encoding: d.encoding,
    checksum: d.checksum,
    diagnostics: d.diagnostics,
    relations: d.relations.map((r) => ({ type: r.type, from: r.from, to: r.to, clause: r.clause, quote: r.quote })),
  };
  const citations = d.citations.map((m) => ({ entity: m.entity, clause: m.clause, quote: m.quote }));
  if (d.kind === 'group-page') {
    return { ...base, title: d.title, subject: d.subject, paragraphs: d.clauses.length, citations };
  }
  return {
    ...base,
    body: d.body,
    series: d.series,
    number: d.number,
    title: d.title,
    year: d.year,
    place: d.place,
    revision: d.revisionLabel,
    history: d.history,
    sections: d.sections.map((s) => ({ key: s.key, part: s.part, items: s.itemCount, body: s.hasBody, line: s.line })),
    instructions: d.instructions.map((i) => ({
      clause: i.address,
      kind: i.kind,
      addressees: i.addressees.map((m) => m.entity),
      collaborators: i.collaborators.map((m) => m.entity),
      items: i.items.length,
    })),
    annexes: annexesOf(d),
    citations,
  };
}

/** Runs the command; resolves to the process exit code. */
export async function validate(options: ValidateOptions): Promise<number> {
  const outcomes = await readCorpus(options.paths);
  if (options.json) {
    options.out.write(`${JSON.stringify(outcomes.map(summary), null, 2)}\n`);
  } else {
    for (const o of outcomes) {
      if (!o.ok) {
        options.out.write(`✗ ${o.error.message}\n\n`);
        continue;
      }
      const d = o.document;
      options.out.write(`✓ ${o.file}  ${d.kind}  ${d.language}  ${d.encoding}\n${outline(d).join('\n')}\n\n`);
    }
    const failed = outcomes.filter((o) => !o.ok).length;
    options.out.write(`${outcomes.length - failed} valid, ${failed} failed\n`);
  }
  return outcomes.some((o) => !o.ok) ? 1 : 0;
}
