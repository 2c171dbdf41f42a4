/**
 * Resolutions written for loader tests: parsing one, and reading what its clauses cite as an analyst reads it.
 */
import { parseDocument } from '../../loaders';
import type { ParsedResolution } from '../../loaders';

/** Parses a text written as a resolution. */
export function parseResolutionText(text: string, file = 'resolution.txt'): ParsedResolution {
  return parseDocument({ file, content: Buffer.from(text, 'utf8') }) as ParsedResolution;
}

/** The ITU resolutions the document's clauses cite, in order, as "BODY N (place year)". */
export function citedResolutions(doc: Pick<ParsedResolution, 'clauses'>): string[] {
  return doc.clauses
    .flatMap((c) => c.mentions)
    .flatMap((m) =>
      m.entity.type === 'ItuResolution'
        ? [
            `${m.entity.body} ${m.entity.number}${m.entity.revision ? ` (${m.entity.revision.place} ${m.entity.revision.year})` : ''}`,
          ]
        : [],
    );
}

/** The Sustainable Development Goals the document's clauses mention, in order, by number. */
export function goalCodes(doc: Pick<ParsedResolution, 'clauses'>): string[] {
  return doc.clauses
    .flatMap((c) => c.mentions)
    .flatMap((m) => (m.entity.type === 'Instrument' && m.entity.kind === 'sdg' ? [m.entity.code ?? ''] : []));
}
