// Dead exports: exported declarations of non-test files under src/ and evals/ that no file imports (static imports,
// imports through barrels, literal dynamic imports and import types count; a barrel's re-export alone does not).
// Modules loaded by a computed path are listed in ROOT_EXPORTS / the evals rule. Usage: node scripts/dead-exports.mjs

import ts from 'typescript';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cfg = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram(cfg.fileNames, cfg.options);
const checker = program.getTypeChecker();
const files = program.getSourceFiles().filter((f) => f.fileName.startsWith(root) && !f.fileName.includes('node_modules'));
const rel = (f) => path.relative(root, f);

const used = new Set(); // symbols
const wholeModuleUsed = new Set(); // file names

function markChain(sym) {
  let s = sym;
  for (let i = 0; i < 20 && s; i++) {
    used.add(s);
    if (!(s.flags & ts.SymbolFlags.Alias)) break;
    const next = checker.getImmediateAliasedSymbol(s);
    if (!next || next === s) break;
    s = next;
  }
  if (sym && sym.flags & ts.SymbolFlags.Alias) used.add(checker.getAliasedSymbol(sym));
}
function moduleFile(spec, from) {
  const r = ts.resolveModuleName(spec, from.fileName, cfg.options, ts.sys);
  return r.resolvedModule?.resolvedFileName;
}

for (const sf of files) {
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && node.importClause) {
      const ic = node.importClause;
      if (ic.name) markChain(checker.getSymbolAtLocation(ic.name));
      if (ic.namedBindings) {
        if (ts.isNamespaceImport(ic.namedBindings)) {
          const f = moduleFile(node.moduleSpecifier.text, sf);
          if (f) wholeModuleUsed.add(f);
        } else for (const el of ic.namedBindings.elements) markChain(checker.getSymbolAtLocation(el.name));
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.exportClause) {
      // export * from: resolved through when someone imports from the barrel (getAliasedSymbol).
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const f = moduleFile(node.arguments[0].text, sf);
      if (f) wholeModuleUsed.add(f);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      const f = moduleFile(node.argument.literal.text, sf);
      if (f) wholeModuleUsed.add(f);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// Roots loaded by path at run time.
const ROOT_EXPORTS = {
  'src/bench/search.ts': ['runSearchBench'],
  'src/vocabulary/build-onet-subset.ts': ['*'],
  'src/cli/main.ts': ['*'],
};
for (const f of files) if (/^evals\/[^/]+\.ts$/.test(rel(f.fileName)) && !f.fileName.endsWith('.test.ts')) {
  const sym = checker.getSymbolAtLocation(f);
  for (const e of sym ? checker.getExportsOfModule(sym) : []) if (/^(run|import)[A-Z]/.test(e.name)) used.add(e);
}

const out = [];
for (const sf of files) {
  const r = rel(sf.fileName);
  if (!/^(src|evals)\//.test(r) || /\.test\.ts$/.test(r) || /\.d\.ts$/.test(r)) continue;
  if (wholeModuleUsed.has(sf.fileName)) continue;
  const roots = ROOT_EXPORTS[r];
  if (roots?.includes('*')) continue;
  const modSym = checker.getSymbolAtLocation(sf);
  if (!modSym) continue;
  for (const e of checker.getExportsOfModule(modSym)) {
    if (roots?.includes(e.name)) continue;
    if (used.has(e)) continue;
    const target = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e;
    const decl = (e.declarations ?? [])[0];
    if (!decl || decl.getSourceFile() !== sf) continue; // re-exports from elsewhere: reported at the barrel below
    if (used.has(target) && target !== e) continue;
    // Also a value+type pair (zod const + type) shares one symbol: fine.
    // Count references inside its own file (other than the declaration name).
    const text = sf.getFullText();
    const re = new RegExp(`\\b${e.name}\\b`, 'g');
    const n = (text.match(re) ?? []).length;
    const kind = ts.SyntaxKind[decl.kind];
    out.push({ file: r, name: e.name, kind, localRefs: n - (e.declarations?.length ?? 1), line: sf.getLineAndCharacterOfPosition(decl.getStart()).line + 1 });
  }
}
for (const o of out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) console.log(`${o.file}:${o.line}\t${o.name}\t${o.kind}\tlocalRefs=${o.localRefs}`);
