/**
 * Generates a corpus of ITU-style resolutions for benchmarks and load tests, by varying the seed texts: each
 * generated text gets its own resolution number, assembly year and place, and study group numbers, so every file is
 * a distinct document with a distinct graph. Chinese variants get their number from a generated manifest, like the
 * real Chinese seed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

const SEEDS = path.join(PROJECT_ROOT, 'corpus');
const EN = readFileSync(path.join(SEEDS, '000_f5802b8d0c79e8c4.txt'), 'utf8');
const ZH = readFileSync(path.join(SEEDS, '002_b762f06a99ed772d.txt'), 'utf8');
const PLACES_EN = ['Geneva', 'Dubai', 'Hammamet', 'New Delhi', 'Johannesburg', 'Florianópolis', 'Busan', 'Kigali'];
const PLACES_ZH = ['日内瓦', '迪拜', '哈马马特', '新德里', '约翰内斯堡', '釜山', '基加利'];

export interface GeneratedDoc {
  readonly file: string;
  readonly text: string;
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32), so runs are comparable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th English variant: resolution number 1000+i, a year and place, other study groups. */
export function englishVariant(i: number): GeneratedDoc {
  const r = rng(i + 1);
  // Numbers stay four-digit (as ITU numbers are); a number comes back every 8,000 documents with another year.
  const number = 1000 + (i % 8000);
  const year = 1990 + (((i % 35) + Math.floor(i / 8000)) % 35);
  const place = PLACES_EN[Math.floor(r() * PLACES_EN.length)] ?? 'Geneva';
  const sg = (n: number): number => 2 + ((n + i) % 19);
  const text = EN.replace(/RESOLUTION\u00A078 \(Rev\.\u00A0New\u00A0Delhi, 2024\)/, `RESOLUTION\u00A0${number} (Rev.\u00A0${place}, ${year})`)
    .replace(/\(New\u00A0Delhi, 2024\),/, `(${place}, ${year}),`)
    .replace(/New\u00A0Delhi,\u00A02024\)/, `${place},\u00A0${year})`)
    .replace(/Study Groups\u00A020 and\u00A021/, `Study Groups\u00A0${sg(1)} and\u00A0${sg(2)}`)
    .replace(/Study Groups\u00A011 and\u00A017/, `Study Groups\u00A0${sg(3)} and\u00A0${sg(4)}`);
  return { file: `gen-en-${String(i).padStart(5, '0')}.txt`, text };
}

/** The i-th Chinese variant (its number goes in the manifest). */
export function chineseVariant(i: number): GeneratedDoc & { number: string } {
  const r = rng(100_000 + i);
  // Chinese variants take numbers 9000–9999 (English ones stay below), a year per thousand.
  const c = Math.floor(i / 4);
  const year = 1990 + Math.floor(c / 1000);
  const place = PLACES_ZH[Math.floor(r() * PLACES_ZH.length)] ?? '日内瓦';
  const text = ZH.replace('世界电信标准化全会（2012年，迪拜），', `世界电信标准化全会（${year}年，${place}），`).replace(
    '责成ITU-T第16研究组',
    `责成ITU-T第${2 + (i % 19)}研究组`,
  );
  return { file: `gen-zh-${String(i).padStart(5, '0')}.txt`, text, number: String(9000 + (c % 1000)) };
}

/** Writes `count` resolutions (about 3 English to 1 Chinese) and a manifest into `dir`. Returns the file paths. */
export function writeCorpus(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const manifest: Record<string, { resolution: { number: string } }> = {};
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    let doc: GeneratedDoc = englishVariant(i);
    if (i % 4 === 3) {
      const zh = chineseVariant(i);
      manifest[zh.file] = { resolution: { number: zh.number } };
      doc = zh;
    }
    writeFileSync(path.join(dir, doc.file), doc.text);
    files.push(path.join(dir, doc.file));
  }
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ documents: manifest }, null, 1));
  return files;
}
