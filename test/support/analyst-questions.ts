/**
 * The analysts' questions (../shared/analyst-questions), run in-process exactly as written against a store loaded
 * with the bundled corpus, checked against EXPECTED.md. Runs unchanged on both stores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { parse, validate, buildASTSchema } from 'graphql';
import type { GraphStore } from '../../graph';
import type { Context } from '../../schema';
import { createContext, typeDefs } from '../../schema';
import { load } from '../../src/commands/load';
import { apiGateway } from '../../src/server/executor';
import { CORPUS, sink } from './load-reliability';

export const QUESTIONS_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'analyst-questions');

export function question(name: string): string {
  return readFileSync(path.join(QUESTIONS_DIR, name), 'utf8');
}

type Json = Record<string, unknown>;
const ws = (s: string): string => s.replace(/[\s\u00A0]+/g, ' ').trim();

export function runAnalystQuestions(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`analyst questions on ${name}`, () => {
    let store: GraphStore;
    let server: ApolloServer<Context>;
    const texts = new Map<string, string>();

    async function once(file: string, variables: Json): Promise<Json> {
      const res = await server.executeOperation(
        { query: question(file), variables },
        { contextValue: createContext(store) },
      );
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      expect(res.body.singleResult.errors).toBeUndefined();
      return res.body.singleResult.data as Json;
    }

    /**
     * Asks twice, as the API's executor sees a repeated operation: first run by graphql-js, then compiled by
     * graphql-jit (src/server/executor.ts). Both must give the same answer; the compiled one is checked.
     */
    async function ask(file: string, variables: Json = {}): Promise<Json> {
      const first = await once(file, variables);
      const again = await once(file, variables);
      expect(again).toEqual(first);
      return again;
    }

    beforeAll(async () => {
      store = await makeStore();
      await store.clear();
      const summary = await load({ store, paths: [CORPUS], out: sink() });
      expect(summary.failed).toBe(0);
      for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) {
        texts.set(f, ws(readFileSync(path.join(CORPUS, f), 'utf8')));
      }
      server = new ApolloServer<Context>({ gateway: apiGateway() });
      await server.start();
    });
    afterAll(async () => {
      await server.stop();
      await store.clear();
      await store.close();
    });

    const docFile = async (documentId: string): Promise<string> => {
      const [doc] = await store.getNodes([documentId]);
      if (doc?.type !== 'Document') throw new Error(`no document ${documentId}`);
      return texts.get(doc.file.split(/[\\/]/).at(-1) ?? '') ?? '';
    };

    it('every question validates against the schema exactly as written', () => {
      const schema = buildASTSchema(typeDefs);
      const files = readdirSync(QUESTIONS_DIR).filter((f) => f.endsWith('.graphql'));
      expect(files).toHaveLength(12);
      for (const f of files) expect([f, validate(schema, parse(question(f)))]).toEqual([f, []]);
    });

    it('01: the versions of WTSA Resolution 78 and the study groups each instructs', async () => {
      const { resolution } = (await ask('01-instructed-groups.graphql')) as { resolution: Json & { versions: Json[] } };
      expect(resolution.title).toBe(
        'Information and communication technology applications and standards for improved access to e\u2011health services',
      );
      const view = resolution.versions.map((v) => ({
        year: v.year,
        place: v.place,
        languages: v.languages,
        groups: (v.instructedGroups as Json[]).map((g) => `${g.sector as string} ${g.number as number}`),
      }));
      expect(view).toEqual([
        { year: 2012, place: 'Dubai', languages: ['zh'], groups: ['ITU_T 16'] },
        { year: 2016, place: 'Hammamet', languages: [], groups: [] },
        { year: 2022, place: 'Geneva', languages: [], groups: [] },
        { year: 2024, place: 'New Delhi', languages: ['en'], groups: ['ITU_T 20', 'ITU_T 21'] },
      ]);
    });

    const mandates = async (year: number) => {
      const data = (await ask('02-mandates.graphql', { year })) as {
        resolution: { version: { instructions: (Json & { provenance: Json })[] } };
      };
      return data.resolution.version.instructions;
    };
    const ids = (xs: unknown): string[] => (xs as Json[]).map((x) => x.id as string).sort();

    it('02: the five instructions of 2024, with provenance', async () => {
      const ins = await mandates(2024);
      expect(ins.map((i) => [i.kind, ids(i.addressees), (i.items as unknown[]).length])).toEqual([
        ['INSTRUCTS', ['office:director-tsb'], 5],
        ['INSTRUCTS', ['sg:itu-t:20', 'sg:itu-t:21'], 7],
        ['INSTRUCTS', ['office:director-tsb'], 1],
        ['INVITES', ['stakeholder:member-states'], 1],
        [
          'ENCOURAGES',
          ['stakeholder:academia', 'stakeholder:associates', 'stakeholder:member-states', 'stakeholder:sector-members'],
          4,
        ],
      ]);
      expect(ids(ins[0]?.collaborators)).toEqual(['office:director-bdt', 'office:director-br']);
      expect(ids(ins[1]?.collaborators)).toEqual(expect.arrayContaining(['sg:itu-t:11', 'sg:itu-t:17']));
      expect(ids(ins[2]?.collaborators)).toEqual(['office:director-bdt']);
      for (const i of ins) {
        const text = await docFile(i.provenance.document as string);
        expect(text).toContain(ws(i.provenance.quote as string));
        expect(i.provenance.clause).toBeTruthy();
      }
    });

    it('02: the four instructions of 2012', async () => {
      const ins = await mandates(2012);
      expect(ins.map((i) => [i.kind, ids(i.addressees), ids(i.collaborators), (i.items as unknown[]).length])).toEqual([
        ['INSTRUCTS', ['office:director-tsb'], ['office:director-bdt', 'office:director-br'], 5],
        ['INSTRUCTS', ['sg:itu-t:16'], ['org:study-groups-itu-t', 'sg:itu-t:11', 'sg:itu-t:17'], 4],
        ['INVITES', ['stakeholder:member-states'], [], 1],
        ['ENCOURAGES', ['stakeholder:academia', 'stakeholder:member-states', 'stakeholder:sector-members'], [], 1],
      ]);
      for (const i of ins)
        expect(await docFile(i.provenance.document as string)).toContain(ws(i.provenance.quote as string));
    });

    it('03: the mandates of study groups 17, 16, 20 and 21', async () => {
      const roles = async (number: number) => {
        const { studyGroup } = (await ask('03-study-group-mandates.graphql', { number })) as {
          studyGroup: { mandates: { role: string; instruction: { version: { year: number; resolution: Json } } }[] };
        };
        return studyGroup.mandates.map((m) => [
          m.role,
          m.instruction.version.year,
          `${m.instruction.version.resolution.body as string} ${m.instruction.version.resolution.number as string}`,
        ]);
      };
      expect(await roles(17)).toEqual([
        ['COLLABORATOR', 2012, 'WTSA 78'],
        ['COLLABORATOR', 2024, 'WTSA 78'],
      ]);
      expect(await roles(16)).toEqual([['ADDRESSEE', 2012, 'WTSA 78']]);
      expect(await roles(20)).toEqual([['ADDRESSEE', 2024, 'WTSA 78']]);
      expect(await roles(21)).toEqual([['ADDRESSEE', 2024, 'WTSA 78']]);
    });

    it('04: what changed between 2012 and 2024', async () => {
      const { compareVersions: c } = (await ask('04-compare-versions.graphql')) as { compareVersions: Json };
      expect(ids(c.addedAddressees)).toEqual(['sg:itu-t:20', 'sg:itu-t:21', 'stakeholder:associates']);
      expect(ids(c.removedAddressees)).toEqual(['sg:itu-t:16']);
      expect(ids(c.addedCitations)).toEqual(expect.arrayContaining(['resolution:wtdc-54', 'instrument:unga-70-1']));
      expect(ids(c.removedCitations)).toEqual(expect.arrayContaining(['resolution:wtdc-65', 'resolution:pp-130']));
      expect([...ids(c.addedCitations), ...ids(c.removedCitations)]).not.toContain('resolution:pp-183');
    });

    it('05: search in English, Chinese, and with a plain hyphen', async () => {
      const hits = async (text: string) =>
        ((await ask('05-search.graphql', { text })) as { search: { snippet: string; node: Json }[] }).search;
      const metaverse = await hits('metaverse');
      expect(metaverse.length).toBeGreaterThanOrEqual(3);
      for (const h of metaverse) {
        expect(h.node.id).toMatch(/wtsa-78:2024:en/);
        expect(h.snippet).toMatch(/«metaverse»/i);
      }
      const zh = await hits('电子卫生');
      expect(zh.length).toBeGreaterThanOrEqual(5);
      for (const h of zh) expect(h.node.id).toMatch(/wtsa-78:2012:zh/);
      const ehealth = await hits('e-health');
      expect(ehealth.some((h) => /wtsa-78:2024:en/.test(h.node.id as string))).toBe(true);
      expect(ehealth[0]?.snippet).toMatch(/«e.health»/i);
    });

    it('06: the organizations', async () => {
      const { organizations } = (await ask('06-organizations.graphql')) as { organizations: Json[] };
      expect(organizations.map((o) => o.acronym)).toEqual(
        expect.arrayContaining(['WHO', 'WIPO', 'ITU', 'FG-AI4H', 'GI-AI4H', 'ISO/TC 215', 'GSC']),
      );
      expect(organizations.map((o) => o.id)).toContain('org:unga');
    });

    it('07: the neighbourhood of FG-AI4H, drawable as returned', async () => {
      const { neighborhood: n } = (await ask('07-neighborhood.graphql', { id: 'org:fg-ai4h' })) as {
        neighborhood: { nodes: Json[]; edges: Json[] };
      };
      const nodeIds = new Set(n.nodes.map((x) => x.id as string));
      for (const id of ['org:who', 'org:itu', 'sg:itu-t:16', 'org:gi-ai4h', 'version:wtsa-78:2024'])
        expect(nodeIds).toContain(id);
      for (const e of n.edges) {
        expect(nodeIds).toContain(e.source);
        expect(nodeIds).toContain(e.target);
      }
    });

    it('08: how WIPO and ITU-T SG17 are connected', async () => {
      const { paths } = (await ask('08-paths.graphql', { from: 'org:wipo', to: 'sg:itu-t:17' })) as {
        paths: { length: number; nodes: Json[]; edges: Json[] }[];
      };
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) {
        expect(p.length).toBeLessThanOrEqual(6);
        expect(p.nodes).toHaveLength(p.length + 1);
        expect(p.edges).toHaveLength(p.length);
        expect(p.nodes[0]?.id).toBe('org:wipo');
        expect(p.nodes.at(-1)?.id).toBe('sg:itu-t:17');
      }
      // Consecutive nodes are joined by the edge between them (checked against the store).
      const full = await store.shortestPaths({ from: 'org:wipo', to: 'sg:itu-t:17', maxLength: 6, limit: 5 });
      for (const p of full) {
        p.edges.forEach((e, i) => {
          const a = p.nodes[i]?.id;
          const b = p.nodes[i + 1]?.id;
          expect([e.from, e.to].sort()).toEqual([a, b].sort());
        });
      }
    });

    it('09: the Questions, their study groups and where they are cited', async () => {
      const { questions } = (await ask('09-questions.graphql')) as { questions: Json[] };
      const view = questions.map((q) => ({
        sector: q.sector,
        code: q.code,
        sg: (q.studyGroup as Json).number,
        years: (q.mentionedIn as Json[]).map((v) => v.year),
      }));
      expect(view).toEqual(
        expect.arrayContaining([
          { sector: 'ITU_D', code: '2/2', sg: 2, years: [2024] },
          { sector: 'ITU_D', code: '14-3/2', sg: 2, years: [2012] },
          { sector: 'ITU_T', code: '28/16', sg: 16, years: [2012] },
          { sector: 'ITU_T', code: null, sg: 21, years: [2024] },
        ]),
      );
      expect(questions.find((q) => q.code === null)?.title).toMatch(/multimedia framework for digital health/);
    });

    it('10: stats for dashboards', async () => {
      const { stats } = (await ask('10-stats.graphql')) as {
        stats: { nodes: Json[]; relationships: Json[]; documents: Json[] };
      };
      expect(stats.documents.map((d) => [d.language, d.kind]).sort()).toEqual([
        ['en', 'GROUP_PAGE'],
        ['en', 'RESOLUTION'],
        ['zh', 'RESOLUTION'],
      ]);
      const count = (t: string): number => (stats.nodes.find((n) => n.type === t)?.count as number | undefined) ?? 0;
      for (const t of [
        'Resolution',
        'Version',
        'Document',
        'Clause',
        'Instruction',
        'StudyGroup',
        'Question',
        'Organization',
      ]) {
        expect([t, count(t) > 0]).toEqual([t, true]);
      }
      expect(stats.relationships.length).toBeGreaterThan(5);
    });

    it('11: node(id) returns the same node for every id the other questions return', async () => {
      const seen = new Set<string>();
      const collect = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(collect);
        else if (v && typeof v === 'object') {
          const o = v as Json;
          if (typeof o.id === 'string' && !('source' in o)) seen.add(o.id);
          Object.values(o).forEach(collect);
        }
      };
      collect(await ask('01-instructed-groups.graphql'));
      collect(await ask('02-mandates.graphql', { year: 2024 }));
      collect(await ask('06-organizations.graphql'));
      collect(await ask('07-neighborhood.graphql', { id: 'org:fg-ai4h' }));
      collect(await ask('09-questions.graphql'));
      collect(await ask('12-organization.graphql', { acronym: 'GI-AI4H' }));
      expect(seen.size).toBeGreaterThan(30);
      for (const id of seen) {
        const { node } = (await ask('11-node.graphql', { id })) as { node: Json | null };
        expect([id, node?.id]).toEqual([id, id]);
      }
    });

    it('12: how FG-AI4H and GI-AI4H relate to other bodies, with the text that says so', async () => {
      const rels = async (acronym: string) => {
        const { organization } = (await ask('12-organization.graphql', { acronym })) as {
          organization: { relations: { type: string; direction: string; other: Json; provenance: Json[] }[] };
        };
        for (const r of organization.relations) {
          expect(r.provenance.length).toBeGreaterThan(0);
          for (const p of r.provenance) expect(await docFile(p.document as string)).toContain(ws(p.quote as string));
        }
        return organization.relations.map((r) => `${r.type} ${r.direction} ${r.other.id as string}`);
      };
      expect(await rels('FG-AI4H')).toEqual(
        expect.arrayContaining([
          'REPORTS_TO OUT sg:itu-t:16',
          'PARTNER_OF OUT org:who',
          'PARTNER_OF OUT org:itu',
          'SUCCEEDS IN org:gi-ai4h',
        ]),
      );
      const gi = await rels('gi-ai4h');
      expect(gi).toEqual(
        expect.arrayContaining([
          'LAUNCHED_BY OUT org:itu',
          'LAUNCHED_BY OUT org:who',
          'LAUNCHED_BY OUT org:wipo',
          'SUCCEEDS OUT org:fg-ai4h',
        ]),
      );
    });
  });
}
