#!/usr/bin/env node
/*
 * Moves source files or folders with `git mv` and rewrites every relative import that names them,
 * in the moved files and everywhere else, so a move is one command and can be run again on a
 * branch that changed meanwhile.
 *
 *   node scripts/move-modules.mjs MOVES.json [--dry-run]
 *   node scripts/move-modules.mjs old/path new/path [old2 new2 …] [--dry-run]
 *
 * MOVES.json is a list of [from, to] pairs, paths from the repository's root; a folder moves with
 * everything in it. A pair whose source no longer exists is skipped (it moved on an earlier run).
 * Specifiers keep their style: without an extension, a folder's index as the folder, a `?worker`
 * or `?url` suffix as it was. Imports are found by their syntax (static, dynamic, re-exports,
 * `vi.mock`, `new URL(…, import.meta.url)`), which is all this code base uses.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const SOURCE_FOLDERS = ['main', 'renderer', 'shared', 'test', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|mjs|js|cjs)$/;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js', '.cjs'];
const SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*|\bnew URL\(\s*|\brequire\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

// `import.meta.glob('../x/*.json')` names files that stay where they are: only the moved file's
// own patterns change.
const GLOB = /(\bimport\.meta\.glob(?:<[^>]*>)?\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

const args = process.argv.slice(2).filter((arg) => arg !== '--dry-run');
const dryRun = process.argv.includes('--dry-run');
const pairs =
  args.length === 1
    ? JSON.parse(readFileSync(args[0], 'utf8'))
    : args.reduce((list, arg, index) => (index % 2 ? list : [...list, [arg, args[index + 1]]]), []);
if (pairs.length === 0 || pairs.some(([from, to]) => !from || !to)) {
  console.error('usage: move-modules.mjs MOVES.json | FROM TO [FROM TO …] [--dry-run]');
  process.exit(2);
}

const toPosix = (path) => path.split(sep).join('/');
const walk = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
    return [path];
  });

/** Every file that moves, old absolute path → new absolute path. */
// A file named by an earlier pair goes where that pair says, even inside a folder moved later.
const moves = new Map();
const applied = [];
for (const [from, to] of pairs) {
  const source = resolve(root, from);
  if (!existsSync(source)) continue;
  applied.push([from, to]);
  const files = statSync(source).isDirectory() ? walk(source) : [source];
  for (const file of files) {
    if (!moves.has(file))
      moves.set(
        file,
        statSync(source).isDirectory()
          ? join(resolve(root, to), relative(source, file))
          : resolve(root, to),
      );
  }
}
const movedTo = (file) => moves.get(file) ?? file;

/** The file a relative specifier names, and how it named it. */
function target(fromFile, specifier) {
  const [path, query = ''] = specifier.split(/(?=\?)/);
  const base = resolve(dirname(fromFile), path);
  if (existsSync(base) && statSync(base).isFile()) return { file: base, style: 'exact', query };
  for (const extension of EXTENSIONS) {
    if (existsSync(base + extension)) return { file: base + extension, style: 'bare', query };
  }
  for (const extension of EXTENSIONS) {
    const index = join(base, `index${extension}`);
    if (existsSync(index)) return { file: index, style: 'folder', query };
  }
  return null;
}

function specifierFor(fromFile, { file, style, query }) {
  let path =
    style === 'folder'
      ? dirname(file)
      : style === 'bare'
        ? file.replace(/\.(ts|tsx|mts|mjs|js|cjs)$/, '')
        : file;
  const text = toPosix(relative(dirname(fromFile), path));
  return `${text.startsWith('.') ? text : `./${text}`}${query}`;
}

const sources = SOURCE_FOLDERS.filter((folder) => existsSync(join(root, folder)))
  .flatMap((folder) => walk(join(root, folder)))
  .filter((file) => SOURCE.test(file));
const rewritten = new Map();
for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  const newFile = movedTo(file);
  const next = text.replace(SPECIFIER, (whole, head, quote, specifier) => {
    const found = target(file, specifier);
    if (!found) return whole;
    const moved = { ...found, file: movedTo(found.file) };
    if (newFile === file && moved.file === found.file) return whole;
    return `${head}${quote}${specifierFor(newFile, moved)}${quote}`;
  });
  const globbed =
    newFile === file
      ? next
      : next.replace(GLOB, (whole, head, quote, pattern) => {
          const text = toPosix(relative(dirname(newFile), resolve(dirname(file), pattern)));
          return `${head}${quote}${text.startsWith('.') ? text : `./${text}`}${quote}`;
        });
  if (globbed !== text) rewritten.set(file, globbed);
}

for (const [from, to] of applied) console.log(`move ${from} -> ${to}`);
console.log(`${moves.size} files move, ${rewritten.size} files get new import paths`);
if (dryRun) process.exit(0);

// File by file, so a folder can move into one that exists (and untracked files stay put).
const tracked = new Set(
  execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .map((path) => resolve(root, path)),
);
for (const [from, to] of moves) {
  if (!tracked.has(from)) continue;
  mkdirSync(dirname(to), { recursive: true });
  execFileSync('git', ['mv', relative(root, from), relative(root, to)], { cwd: root });
}
for (const [file, text] of rewritten) writeFileSync(movedTo(file), text);
for (const [from] of applied) removeEmptyFolders(resolve(root, from));

function removeEmptyFolders(folder) {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return;
  for (const entry of readdirSync(folder)) removeEmptyFolders(join(folder, entry));
  if (readdirSync(folder).length === 0) rmdirSync(folder);
}
