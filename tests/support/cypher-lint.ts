/**
 * Static checks of our Cypher without a Neo4j server (DESIGN.md section 4):
 * - `lintNeo4jCypher`: Neo4j's own parser and semantic analysis
 *   (@neo4j-cypher/language-support) against a db schema built from lib/graph/schema.ts;
 * - `checkDefineQueryCalls` / `checkDriverBoundary`: source checks (TypeScript compiler
 *   API) that query texts are constants and that drivers stay below the GraphStore port.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  lintCypherQuery,
  parseStatementsStrs,
  testData,
  type DbSchema,
  type Symbol as CypherSymbol,
  type SyntaxDiagnostic,
} from '@neo4j-cypher/language-support';
import { graphSchema } from '@/lib/graph/schema';

export interface LintProblem {
  /** 1 = error, 2 = warning (only warnings that mean a mismatch with our schema are kept). */
  readonly severity: number;
  readonly message: string;
}

function buildDbSchema(): DbSchema {
  const propertyKeys = new Set<string>();
  for (const node of graphSchema.nodes) for (const key of Object.keys(node.properties)) propertyKeys.add(key);
  for (const rel of graphSchema.relationships) for (const key of Object.keys(rel.properties)) propertyKeys.add(key);
  return {
    labels: graphSchema.nodes.map((n) => n.label),
    relationshipTypes: graphSchema.relationships.map((r) => r.type),
    propertyKeys: [...propertyKeys],
    // Without the shipped signatures unknown functions and procedures go unnoticed.
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    // The endpoints let the linter warn about patterns our schema can never match,
    // e.g. (:Skill)-[:HAS_SKILL]->(:Person).
    graphSchema: graphSchema.relationships.flatMap((r) =>
      r.endpoints.map(([from, to]) => ({ from, to, relType: r.type })),
    ),
  };
}

let dbSchema: DbSchema | undefined;

/**
 * True for warnings that mean the text does not fit our schema: an unknown label,
 * relationship type or property ("... is not present in the database"), or a pattern
 * whose endpoints the schema rules out ("[:HAS_SKILL] has no incoming (:Skill)").
 * Other warnings (cartesian products, unbounded paths) are advice, not mistakes.
 */
export function isSchemaWarning(message: string): boolean {
  return /is not present in the database/.test(message) || /^(\[:.*\]|\(:.*\)) has no /.test(message);
}

/** LSP diagnostics may carry markup; the linter's are plain strings. */
function messageOf(d: SyntaxDiagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

const NOT_A_PROPERTY = /^(Label|Relationship type|Label or relationship type|Function|Procedure) /;

/**
 * True for an "unknown property" warning on a variable that is not a node or a
 * relationship, e.g. `r.from` in `UNWIND $rows AS r MATCH (a:Person {id: r.from})`.
 * The analyser means to skip map keys but, inside a node pattern's map, attributes the
 * key to the pattern's node (2.0.0-next.38); keys of rows are not schema properties.
 */
function isPropertyOfNonEntity(text: string, d: SyntaxDiagnostic, symbols: readonly CypherSymbol[]): boolean {
  const message = messageOf(d);
  if (!/ is not present in the database/.test(message) || NOT_A_PROPERTY.test(message)) return false;
  const receiver = /([A-Za-z_][A-Za-z0-9_]*|`[^`]+`)\s*\.\s*$/.exec(text.slice(0, d.offsets.start))?.[1];
  // No `x.` before it: a key in a node or relationship pattern's map, a real property.
  if (!receiver) return false;
  const named = symbols.filter((s) => s.variable === receiver.replace(/^`|`$/g, ''));
  const entity = (s: CypherSymbol): boolean =>
    s.types.length > 0 && s.types.every((t) => t === 'Node' || t === 'Relationship');
  return !(named.length > 0 && named.every(entity));
}

/** Every `$name` in a text, so the linter does not report them as undefined. */
export function parameterNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? ''))];
}

/**
 * Lints one Neo4j text: returns its errors and its schema warnings (see
 * `isSchemaWarning`); an empty list means the text is valid against our schema.
 */
export function lintNeo4jCypher(text: string, paramNames: string[] = []): LintProblem[] {
  dbSchema ??= buildDbSchema();
  // Values are irrelevant to the analysis (it types parameters as ANY); only names count.
  const parameters: Record<string, null> = {};
  for (const name of [...paramNames, ...parameterNames(text)]) parameters[name] = null;
  const { diagnostics, symbolTables } = lintCypherQuery(text, { ...dbSchema, parameters });
  const symbols = symbolTables.flat();
  const problems: LintProblem[] = diagnostics
    .filter((d) => d.severity === 1 || (d.severity === 2 && isSchemaWarning(messageOf(d))))
    .filter((d) => !isPropertyOfNonEntity(text, d, symbols))
    .map((d) => ({ severity: d.severity ?? 1, message: messageOf(d) }));
  // The driver's `tx.run` takes one statement; a second one would fail only at run time.
  const statements = parseStatementsStrs(text).filter((s) => s.replace(/;/g, '').trim() !== '');
  if (statements.length > 1) {
    problems.push({ severity: 1, message: `One statement per query expected, found ${statements.length}` });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------
// Source checks

export interface SourceOffence {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

function offence(file: string, source: ts.SourceFile, node: ts.Node, message: string): SourceOffence {
  return { file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, message };
}

function parse(file: string, text: string): ts.SourceFile {
  const kind = /\.tsx$/.test(file) ? ts.ScriptKind.TSX : /\.[cm]?jsx?$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

function unwrap(node: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(node) ? unwrap(node.expression) : node;
}

/** `NODE`, `NODE.Person`, `a.b.c`: names only, nothing that computes. */
function isNameChain(node: ts.Expression): boolean {
  const e = unwrap(node);
  if (ts.isIdentifier(e)) return true;
  return ts.isPropertyAccessExpression(e) && !e.questionDotToken && ts.isIdentifier(e.name) && isNameChain(e.expression);
}

/** The root identifier of a name chain: `NODE` for `NODE.Person`. */
function chainRoot(node: ts.Expression): ts.Identifier {
  const e = unwrap(node);
  return ts.isPropertyAccessExpression(e) ? chainRoot(e.expression) : (e as ts.Identifier);
}

type TopLevelBinding = { kind: 'import' } | { kind: 'const'; initializer: ts.Expression | undefined } | { kind: 'other' };

/** How a name is bound at the top of the file: imported, a `const`, or anything else (`let`, a function…). */
function topLevelBinding(name: string, source: ts.SourceFile): TopLevelBinding | null {
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (clause?.name?.text === name) return { kind: 'import' };
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name) return { kind: 'import' };
      if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((el) => el.name.text === name)) return { kind: 'import' };
    } else if (ts.isVariableStatement(statement)) {
      const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
          return isConst ? { kind: 'const', initializer: declaration.initializer } : { kind: 'other' };
        }
      }
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) &&
      statement.name?.text === name
    ) {
      return { kind: 'other' };
    }
  }
  return null;
}

function stripAssertions(node: ts.Expression): ts.Expression {
  const e = unwrap(node);
  return ts.isAsExpression(e) || ts.isSatisfiesExpression(e) ? stripAssertions(e.expression) : e;
}

/**
 * Why a `${...}` name may not be spliced into Cypher, or null when it may: it must be
 * imported (NODE, REL and shared fragments; their own files are checked where they are
 * declared) or a top-level `const` whose value is itself a constant text (or an object
 * of constant texts). A `let`, a parameter, a global or a computed value could carry
 * user input into the text.
 */
function substitutionProblem(expr: ts.Expression, source: ts.SourceFile, seen: Set<string>): string | null {
  const text = expr.getText(source);
  if (!isNameChain(expr)) return `substitution \${${text}} computes a value (only names like \${NODE.Person} are allowed)`;
  const root = chainRoot(expr).text;
  const binding = topLevelBinding(root, source);
  if (binding?.kind === 'import') return null;
  // The schema's label and type maps, when a snippet uses them without showing its import.
  if (binding === null && (root === 'NODE' || root === 'REL')) return null;
  if (binding?.kind !== 'const' || !binding.initializer) {
    return `substitution \${${text}}: \`${root}\` is not an imported name or a top-level const text`;
  }
  if (seen.has(root)) return null;
  seen.add(root);
  const value = stripAssertions(binding.initializer);
  if (ts.isObjectLiteralExpression(value)) {
    for (const prop of value.properties) {
      if (!ts.isPropertyAssignment(prop)) return `substitution \${${text}}: \`${root}\` holds a computed member`;
      const problem = textProblemIn(prop.initializer, source, seen);
      if (problem) return `substitution \${${text}}: \`${root}\` ${problem}`;
    }
    return null;
  }
  const problem = textProblemIn(value, source, seen);
  return problem ? `substitution \${${text}}: \`${root}\` ${problem}` : null;
}

function textProblemIn(node: ts.Expression, source: ts.SourceFile, seen: Set<string>): string | null {
  const e = stripAssertions(node);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isNumericLiteral(e)) return null;
  if (ts.isTemplateExpression(e)) {
    for (const span of e.templateSpans) {
      const problem = substitutionProblem(span.expression, source, seen);
      if (problem) return problem;
    }
    return null;
  }
  // An imported or constant name on its own (`defineQuery('x', SHARED_TEXT)`) is checked like a substitution.
  if (isNameChain(e) && (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e))) {
    return substitutionProblem(e, source, seen);
  }
  if (isSchemaLookup(e)) return null;
  return `the text is ${ts.SyntaxKind[e.kind]} \`${e.getText(source).slice(0, 60)}\`, not a literal`;
}

/**
 * `indexOf(NODE.Person)`: a named function applied to labels or types only, e.g. an
 * index name derived from the schema. Accepted inside a top-level const, never inline.
 */
function isSchemaLookup(e: ts.Expression): boolean {
  return (
    ts.isCallExpression(e) &&
    ts.isIdentifier(e.expression) &&
    e.arguments.length > 0 &&
    e.arguments.every((arg) => isNameChain(arg) && ['NODE', 'REL'].includes(chainRoot(arg).text))
  );
}

/** Why a query text expression is not a constant, or null when it is. */
function textProblem(node: ts.Expression, source: ts.SourceFile): string | null {
  return textProblemIn(node, source, new Set());
}

function propertyName(name: ts.PropertyName): string | null {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return null;
}

function insideFunctionOrClass(node: ts.Node): boolean {
  for (let p = node.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if (ts.isFunctionLike(p) || ts.isClassLike(p) || ts.isClassStaticBlockDeclaration(p)) return true;
  }
  return false;
}

function isDefineQueryCallee(node: ts.Expression): boolean {
  const e = unwrap(node);
  if (ts.isIdentifier(e)) return e.text === 'defineQuery';
  return ts.isPropertyAccessExpression(e) && e.name.text === 'defineQuery';
}

/**
 * Checks every `defineQuery(...)` call of one file: it must be at module top level and
 * its text (a string or a `{ kuzu, neo4j }` pair) made of literals and names only, so no
 * value can ever be concatenated into Cypher.
 */
export function checkDefineQueryCalls(file: string, text: string): SourceOffence[] {
  const source = parse(file, text);
  const found: SourceOffence[] = [];
  const visit = (node: ts.Node): void => {
    // An alias would hide calls from this check.
    if (ts.isImportSpecifier(node) && (node.propertyName?.getText(source) ?? '') === 'defineQuery') {
      found.push(offence(file, source, node, 'import defineQuery under its own name'));
    }
    if (ts.isCallExpression(node) && isDefineQueryCallee(node.expression)) {
      const name = node.arguments[0] ? node.arguments[0].getText(source) : '?';
      const at = (message: string): void => {
        found.push(offence(file, source, node, `defineQuery(${name}): ${message}`));
      };
      if (insideFunctionOrClass(node)) at('must be called at module top level (queries are module constants)');
      const arg = node.arguments[1];
      if (!arg || node.arguments.some(ts.isSpreadElement)) {
        at('needs its text as the second argument');
      } else if (ts.isObjectLiteralExpression(unwrap(arg))) {
        const literal = unwrap(arg) as ts.ObjectLiteralExpression;
        const seen = new Set<string>();
        for (const prop of literal.properties) {
          const key = ts.isPropertyAssignment(prop) ? propertyName(prop.name) : null;
          if (!ts.isPropertyAssignment(prop) || (key !== 'kuzu' && key !== 'neo4j')) {
            at(`the pair may hold only \`kuzu: ...\` and \`neo4j: ...\`, found \`${prop.getText(source).slice(0, 40)}\``);
            continue;
          }
          seen.add(key);
          const problem = textProblem(prop.initializer, source);
          if (problem) at(`${key}: ${problem}`);
        }
        for (const key of ['kuzu', 'neo4j']) if (!seen.has(key)) at(`the pair lacks \`${key}\``);
      } else {
        const problem = textProblem(arg, source);
        if (problem) at(problem);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The port's and the drivers' methods that run a statement. */
const RUNS_QUERIES = new Set(['query', 'mutate', 'run', 'execute', 'executeQuery']);

/** A string made on the spot (literal, template, `+`, String.raw), never a registered query object. */
function isTextExpression(node: ts.Expression): boolean {
  const e = unwrap(node);
  return (
    ts.isStringLiteral(e) ||
    ts.isNoSubstitutionTemplateLiteral(e) ||
    ts.isTemplateExpression(e) ||
    ts.isTaggedTemplateExpression(e) ||
    (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken)
  );
}

const DRIVER_MODULE = /^(kuzu|neo4j-driver(-core|-bolt-connection)?)(\/.*)?$/;

/**
 * Checks that a file above lib/graph/ neither imports a database driver, calls the
 * adapters' raw `.runText(` or a driver's `.prepare(`, nor hands a text made on the spot
 * to `.query(`/`.mutate(`/`.run(`: everything goes through registered queries and the port.
 */
export function checkDriverBoundary(file: string, text: string): SourceOffence[] {
  const source = parse(file, text);
  const found: SourceOffence[] = [];
  const moduleOf = (node: ts.Node): ts.Expression | undefined => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return node.moduleSpecifier;
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      return node.moduleReference.expression;
    }
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      return node.arguments[0];
    }
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    const specifier = moduleOf(node);
    if (specifier && ts.isStringLiteralLike(specifier) && DRIVER_MODULE.test(specifier.text)) {
      found.push(offence(file, source, node, `imports "${specifier.text}": drivers stay in lib/graph/ (use the GraphStore)`));
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      if (method === 'runText' || method === 'prepare') {
        found.push(offence(file, source, node, `calls .${method}(: run registered queries through the GraphStore`));
      } else if (RUNS_QUERIES.has(method) && node.arguments[0] && isTextExpression(node.arguments[0])) {
        found.push(offence(file, source, node, `passes a Cypher text to .${method}(: only registered queries (defineQuery constants) may run`));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const SKIPPED_DIRS = new Set(['node_modules', '.next', 'data', 'coverage', 'test-results', 'playwright-report']);

/** Source files under `dir` (recursively), skipping build output, data and dot-folders. */
export function sourceFiles(dir: string, pattern = /\.(ts|tsx|js|jsx|mjs|cjs)$/): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full, pattern));
    else if (pattern.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

/** Formats offences one per line as `file:line message`, for readable test failures. */
export function formatOffences(offences: readonly SourceOffence[]): string[] {
  return offences.map((o) => `${o.file}:${o.line} ${o.message}`);
}

/** Both source checks on one file, as one list (checklist #21 feeds snippets through it). */
export function checkCypherSource(file: string, text: string): SourceOffence[] {
  return [...checkDefineQueryCalls(file, text), ...checkDriverBoundary(file, text)];
}
