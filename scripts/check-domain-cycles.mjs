#!/usr/bin/env node
/**
 * Part of `npm run lint`: fails when the domain folders of the core depend on
 * each other in a cycle (faculty → mentorships → faculty), even where no two
 * files do. import-x/no-cycle catches cycles between files; this catches the
 * one a layer diagram cannot show. Prints each cycle with the imports behind it.
 */
import { readFileSync, existsSync, statSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { domainRoots } from './layers.mjs';

// The project folder; a test passes another folder holding a small tree of its own.
const root = resolve(process.argv[2] ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'));

function sourceFiles(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

function resolveImport(fromFile, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The domain a file belongs to: the first folder under a domain root, or null. */
function domainOf(file) {
  const path = relative(root, file).split('\\').join('/');
  for (const domainRoot of domainRoots) {
    const match = path.match(new RegExp(`^${domainRoot}/([^/]+)/`));
    if (match) return `${domainRoot}/${match[1]}`;
  }
  return null;
}

function domainEdges(files) {
  const edges = new Map();
  for (const file of files) {
    const from = domainOf(file);
    if (!from) continue;
    for (const imported of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const target = resolveImport(file, imported.fileName);
      const to = target && domainOf(target);
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      const reasons = edges.get(from);
      if (!reasons.has(to)) reasons.set(to, []);
      reasons.get(to).push(`${relative(root, file)} imports ${relative(root, target)}`);
    }
  }
  return edges;
}

/** Strongly connected groups of more than one domain (Tarjan). */
function domainCycles(edges) {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const order = new Map();
  const low = new Map();
  const cycles = [];
  const visit = (node) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), order.get(next)));
    }
    if (low.get(node) === order.get(node)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!order.has(node)) visit(node);
  return cycles;
}

const files = domainRoots.flatMap((folder) => (existsSync(join(root, folder)) ? sourceFiles(join(root, folder)) : []));
const edges = domainEdges(files);
const cycles = domainCycles(edges);
if (cycles.length > 0) {
  for (const group of cycles) {
    console.error(`Domain folders depend on each other in a cycle: ${group.join(' ⇄ ')}`);
    for (const from of group) {
      for (const to of group) {
        for (const reason of edges.get(from)?.get(to) ?? []) console.error(`  ${reason}`);
      }
    }
  }
  console.error('\nMove what both need into the lower domain or into electron/common (see ARCHITECTURE.md).');
  process.exit(1);
}
