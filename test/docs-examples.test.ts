import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { startTestApp, type TestApp } from './helpers/app';
import { seedDemoData } from '../src/demo/demo.seed';

/**
 * The documented examples, run. Every ```sh block of these documents runs, in order, in one bash session per
 * document, against a real server on `npm start`'s demo data (a fresh database per document), with the real curl and
 * the real `npm run keys`. The ```json (or plain ```) block right after an example is its last command's output, `…`
 * standing for any text. Commands that start servers or suites are written as ```shell and not run here.
 */
const ROOT = path.resolve(__dirname, '..');
const DOCUMENTS = [
  'README.md',
  'docs/employers.md',
  'docs/agencies.md',
  'docs/registration-centres.md',
  'docs/universities.md',
  'docs/welfare.md',
  'docs/sms-gateway.md',
  'docs/integrators.md',
  'docs/operations.md',
];
const DOCUMENTED_URL = 'http://127.0.0.1:4000';

interface Example {
  line: number;
  script: string;
  /** The documented output of the example's last command, and whether it is JSON. */
  expected: { text: string; json: boolean } | null;
}

/** The ```sh blocks of a document, each with the output block that directly follows it, if any. */
function examplesOf(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const blocks: { lang: string; body: string; start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
    blocks.push({ lang: open[1], body: body.join('\n'), start, end: i });
  }
  const examples: Example[] = [];
  blocks.forEach((block, n) => {
    if (block.lang !== 'sh') return;
    const next = blocks[n + 1];
    const adjacent = next && lines.slice(block.end + 1, next.start).every((l) => l.trim() === '');
    const expected = adjacent && (next.lang === 'json' || next.lang === '') ? { text: next.body, json: next.lang === 'json' } : null;
    examples.push({ line: block.start + 1, script: block.body, expected });
  });
  return examples;
}

/** The top-level JSON documents in a command's output, in order (curl prints each body without a newline). */
function jsonDocuments(output: string): string[] {
  const documents: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < output.length; i++) {
    const c = output[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth++ === 0) start = i;
    } else if ((c === '}' || c === ']') && --depth === 0) documents.push(output.slice(start, i + 1));
  }
  return documents;
}

function bash(script: string, cwd: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? os.tmpdir(), ...env } });
    let stdout = '';
    let stderr = '';
    // Decoded as a stream: a chunk may end inside a multi-byte (Urdu) character.
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A documented output as a pattern: exact text, `…` for any text. */
function pattern(documented: string): RegExp {
  const parts = documented.trim().split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*?')}$`);
}

describe('the documented examples run against the demo data and answer as documented', () => {
  it('finds examples and their outputs where they are written', () => {
    const examples = examplesOf('```sh\necho hi\n```\n\n```\nhi\n```\n\nprose\n\n```json\n{}\n```\n\n```shell\nnpm start\n```\n');
    expect(examples).toEqual([{ line: 1, script: 'echo hi', expected: { text: 'hi', json: false } }]);
    expect(jsonDocuments('{"a":"}"}{"b":[1,{"c":2}]}')).toEqual(['{"a":"}"}', '{"b":[1,{"c":2}]}']);
    expect(pattern('{"id":"…","n":1}').test('{"id":"x\\"y","n":1}')).toBe(true);
    expect(pattern('{"id":"…","n":1}').test('{"id":"x","n":2}')).toBe(false);
  });

  it.each(DOCUMENTS)('%s', async (document) => {
    const examples = examplesOf(fs.readFileSync(path.join(ROOT, document), 'utf8'));
    if (examples.length === 0) return;
    let app: TestApp | undefined;
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'tasdeeq-docs-'));
    try {
      app = await startTestApp({ demoData: 'npm start' });
      const marker = (n: number) => `@@example ${n}@@`;
      const script = [
        'set -eo pipefail',
        // `npm run keys` as a reader runs it, in the repository root; the rest (survey.json…) in a scratch folder.
        `npm() { (cd ${JSON.stringify(ROOT)} && command npm "$@"); }`,
        ...examples.flatMap((e, n) => [`printf '%s\\n' '${marker(n)}'`, e.script.replaceAll(DOCUMENTED_URL, app!.url)]),
        `printf '%s\\n' '${marker(examples.length)}'`,
      ].join('\n');
      // Asynchronously: the server answering the examples runs in this process.
      const run = await bash(script, cwd, { DATABASE_URL: app.config.databaseUrl!, LOG_LEVEL: 'warn' });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      examples.forEach((example, n) => {
        const from = run.stdout.indexOf(marker(n)) + marker(n).length + 1;
        const output = run.stdout.slice(from, run.stdout.indexOf(marker(n + 1)));
        if (!example.expected) return;
        const actual = example.expected.json ? (jsonDocuments(output).pop() ?? output) : output.replace(/\n$/, '');
        // Named by the document's line, so a failure says which example drifted.
        expect({ example: `${document}:${example.line}`, output: actual }).toEqual({
          example: `${document}:${example.line}`,
          output: expect.stringMatching(pattern(example.expected.text)),
        });
      });
    } finally {
      await app?.close();
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  }, 300_000);

  it('README.md states what the demo loads, as `npm start` logs it', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const app = await startTestApp({ demoData: false });
    try {
      const loaded = (await seedDemoData(app.ownerOrm.em.fork()))!;
      expect(readme).toContain(
        `logs what it loaded: ${loaded.citizens} citizens, ${loaded.offenders} of them offenders, ${loaded.households} households and ${loaded.registrations} registrations.`,
      );
    } finally {
      await app.close();
    }
  }, 120_000);
});
