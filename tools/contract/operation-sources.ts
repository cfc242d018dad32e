// Reads the GraphQL operations the browser sends, straight from the TypeScript source: every `gql`
// tagged template with its `${...}` parts resolved statically (string constants, template
// literals, `+`, and small helpers such as `connectionOf(fields)` whose body is one returned
// expression), following imports through the workspace's path aliases. Nothing is executed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One operation as it leaves the browser. */
export interface OperationSource {
  /** Workspace-relative path of the file holding the `gql` template. */
  file: string;
  line: number;
  /** The exported or local constant the template is assigned to (`MALL_DASHBOARD`), if any. */
  constant: string | null;
  /** The GraphQL text with every interpolation resolved. */
  source: string;
  /** The type arguments written on the tag, as text (`['MallDashboardQuery', 'MallDashboardQueryVariables']`). */
  typeArguments: string[];
}

/** A `gql` template whose text cannot be known without running the code. */
export interface UnreadableOperation {
  file: string;
  line: number;
  reason: string;
}

export interface CollectedOperations {
  operations: OperationSource[];
  unreadable: UnreadableOperation[];
}

class Unresolvable extends Error {}

/** What an interpolation may stand for: text, a number, or a list of them. */
type Value = string | number | readonly Value[];

/** Array.isArray narrows to `any[]`; a list of values stays a list of values. */
function isList(value: Value): value is readonly Value[] {
  return Array.isArray(value);
}

const SOURCE_FILE = /\.(ts|tsx)$/;
const SKIPPED_FILE = /\.(spec|test)\.tsx?$|\.d\.ts$/;

/** Every `.ts`/`.tsx` file under `dirs` (workspace-relative), spec files and generated code excepted, sorted. */
export function sourceFilesUnder(root: string, dirs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '__generated__') walk(relative);
      } else if (SOURCE_FILE.test(entry.name) && !SKIPPED_FILE.test(entry.name)) {
        files.push(relative);
      }
    }
  };
  for (const dir of dirs) if (existsSync(path.join(root, dir))) walk(dir);
  return files.sort();
}

interface ParsedModule {
  file: string;
  source: ts.SourceFile;
  /** Top-level `const` initialisers and function declarations by name. */
  locals: Map<string, ts.Expression | ts.FunctionDeclaration>;
  /** Imported name -> where it comes from. */
  imports: Map<string, { from: string; name: string }>;
  /** `export { a as b } from` and `export *` re-exports. */
  reexports: { from: string; name: string | null; as: string | null }[];
  /** `export { a as b }` of a local. */
  exportedAs: Map<string, string>;
}

/** Reads operations from the given files (workspace-relative paths); `root` is the workspace. */
export function collectOperations(root: string, files: readonly string[]): CollectedOperations {
  const compilerOptions = readCompilerOptions(root);
  const resolutionCache = ts.createModuleResolutionCache(root, (name) => name, compilerOptions);
  const modules = new Map<string, ParsedModule | null>();
  const operations: OperationSource[] = [];
  const unreadable: UnreadableOperation[] = [];

  const moduleAt = (absolute: string): ParsedModule | null => {
    if (!modules.has(absolute)) modules.set(absolute, existsSync(absolute) ? parseModule(root, absolute) : null);
    return modules.get(absolute) ?? null;
  };

  const resolveImport = (fromFile: string, specifier: string): string | null => {
    const resolved = ts.resolveModuleName(specifier, fromFile, compilerOptions, ts.sys, resolutionCache).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport || resolved.resolvedFileName.endsWith('.d.ts')) return null;
    return resolved.resolvedFileName;
  };

  /** The expression or function an exported name of a module stands for. */
  const exported = (
    absolute: string,
    name: string,
    seen: Set<string>,
  ): { module: ParsedModule; target: ts.Expression | ts.FunctionDeclaration } | null => {
    const key = `${absolute}#${name}`;
    if (seen.has(key)) return null;
    seen.add(key);
    const module = moduleAt(absolute);
    if (!module) return null;
    const localName = [...module.exportedAs].find(([, as]) => as === name)?.[0] ?? name;
    const local = module.locals.get(localName);
    if (local) return { module, target: local };
    const imported = module.imports.get(localName);
    if (imported) {
      const next = resolveImport(absolute, imported.from);
      if (next) return exported(next, imported.name, seen);
    }
    for (const reexport of module.reexports) {
      if (reexport.name !== null && reexport.as !== name) continue;
      const next = resolveImport(absolute, reexport.from);
      const found = next ? exported(next, reexport.name ?? name, seen) : null;
      if (found) return found;
    }
    return null;
  };

  /** What a name used in `module` refers to. */
  const lookup = (module: ParsedModule, name: string): { module: ParsedModule; target: ts.Expression | ts.FunctionDeclaration } | null => {
    const local = module.locals.get(name);
    if (local) return { module, target: local };
    const imported = module.imports.get(name);
    if (!imported) return null;
    const next = resolveImport(module.source.fileName, imported.from);
    return next ? exported(next, imported.name, new Set()) : null;
  };

  /** The text a value takes in a template (`${3}` is `3`, `${['a', 'b']}` is `a,b`, as in JavaScript). */
  const text = (value: Value): string => (isList(value) ? value.map(text).join(',') : String(value));

  const evaluate = (module: ParsedModule, node: ts.Expression, scope: Map<string, Value>, depth: number): Value => {
    if (depth > 50) throw new Unresolvable('the interpolations nest too deep');
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isNumericLiteral(node)) return Number(node.text);
    if (ts.isTemplateExpression(node)) {
      return node.templateSpans.reduce(
        (result, span) => result + text(evaluate(module, span.expression, scope, depth + 1)) + span.literal.text,
        node.head.text,
      );
    }
    if (
      ts.isParenthesizedExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isTypeAssertionExpression(node)
    ) {
      return evaluate(module, node.expression, scope, depth + 1);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = evaluate(module, node.left, scope, depth + 1);
      const right = evaluate(module, node.right, scope, depth + 1);
      return typeof left === 'number' && typeof right === 'number' ? left + right : text(left) + text(right);
    }
    if (ts.isArrayLiteralExpression(node)) {
      return node.elements.flatMap((element) => {
        if (!ts.isSpreadElement(element)) return [evaluate(module, element, scope, depth + 1)];
        const spread = evaluate(module, element.expression, scope, depth + 1);
        if (!isList(spread)) throw new Unresolvable(`\`${element.getText()}\` spreads something that is not a list`);
        return spread;
      });
    }
    if (ts.isIdentifier(node)) {
      const bound = scope.get(node.text);
      if (bound !== undefined) return bound;
      const found = lookup(module, node.text);
      if (!found || ts.isFunctionDeclaration(found.target) || ts.isArrowFunction(found.target) || ts.isFunctionExpression(found.target)) {
        throw new Unresolvable(`\`${node.text}\` is not a constant`);
      }
      return evaluate(found.module, found.target, new Map(), depth + 1);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
      const list = evaluate(module, node.expression.expression, scope, depth + 1);
      const separator = node.arguments[0] ? text(evaluate(module, node.arguments[0], scope, depth + 1)) : ',';
      if (!isList(list)) throw new Unresolvable(`\`${node.getText().slice(0, 80)}\` joins something that is not a list`);
      return list.map(text).join(separator);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'String' && node.arguments.length === 1) {
      return text(evaluate(module, node.arguments[0], scope, depth + 1));
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const found = lookup(module, node.expression.text);
      const body = found && returnedExpression(found.target);
      if (!found || !body) throw new Unresolvable(`\`${node.expression.text}(...)\` is not a helper that returns one expression`);
      const parameters = (found.target as ts.SignatureDeclaration).parameters;
      const bindings = new Map<string, Value>();
      parameters.forEach((parameter, index) => {
        if (!ts.isIdentifier(parameter.name)) throw new Unresolvable(`\`${node.expression.getText()}\` destructures its parameters`);
        const argument = node.arguments[index];
        const fallback = parameter.initializer;
        if (!argument && !fallback) throw new Unresolvable(`\`${node.expression.getText()}\` is called without \`${parameter.name.text}\``);
        bindings.set(
          parameter.name.text,
          argument ? evaluate(module, argument, scope, depth + 1) : evaluate(found.module, fallback as ts.Expression, new Map(), depth + 1),
        );
      });
      return evaluate(found.module, body, bindings, depth + 1);
    }
    throw new Unresolvable(`\`${node.getText().slice(0, 80)}\` cannot be read without running the code`);
  };

  for (const file of files) {
    // Only files that tag a template with `gql` are parsed; what they import is parsed on demand.
    if (!/\bgql\s*(<|`)/.test(readFileSync(path.join(root, file), 'utf8'))) continue;
    const module = moduleAt(path.join(root, file));
    if (!module) continue;
    const visit = (node: ts.Node) => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'gql') {
        const line = module.source.getLineAndCharacterOfPosition(node.getStart(module.source)).line + 1;
        const parent = node.parent;
        const constant = ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) ? parent.name.text : null;
        try {
          const typeArguments = (node.typeArguments ?? []).map((argument) => argument.getText(module.source));
          operations.push({ file, line, constant, source: text(evaluate(module, node.template, new Map(), 0)), typeArguments });
        } catch (error) {
          if (!(error instanceof Unresolvable)) throw error;
          unreadable.push({ file, line, reason: error.message });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(module.source);
  }
  return { operations, unreadable };
}

/** The expression a one-expression helper returns (`(x) => \`...\`` or `function f(x) { return ...; }`). */
function returnedExpression(target: ts.Expression | ts.FunctionDeclaration): ts.Expression | null {
  const fn = ts.isParenthesizedExpression(target) ? target.expression : target;
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn) && !ts.isFunctionDeclaration(fn)) return null;
  if (!fn.body) return null;
  if (!ts.isBlock(fn.body)) return fn.body;
  const [only] = fn.body.statements;
  return fn.body.statements.length === 1 && only && ts.isReturnStatement(only) && only.expression ? only.expression : null;
}

function parseModule(root: string, absolute: string): ParsedModule {
  const text = readFileSync(absolute, 'utf8');
  const source = ts.createSourceFile(
    absolute,
    text,
    ts.ScriptTarget.Latest,
    true,
    absolute.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const module: ParsedModule = {
    file: path.relative(root, absolute),
    source,
    locals: new Map(),
    imports: new Map(),
    reexports: [],
    exportedAs: new Map(),
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) module.locals.set(declaration.name.text, declaration.initializer);
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      module.locals.set(statement.name.text, statement);
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          module.imports.set(element.name.text, {
            from: statement.moduleSpecifier.text,
            name: (element.propertyName ?? element.name).text,
          });
        }
      }
    } else if (ts.isExportDeclaration(statement)) {
      const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? statement.moduleSpecifier.text : null;
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          const name = (element.propertyName ?? element.name).text;
          if (from) module.reexports.push({ from, name, as: element.name.text });
          else module.exportedAs.set(name, element.name.text);
        }
      } else if (from && !clause) {
        module.reexports.push({ from, name: null, as: null });
      }
    }
  }
  return module;
}

function readCompilerOptions(root: string): ts.CompilerOptions {
  const configFile = path.join(root, 'tsconfig.base.json');
  const read: { config?: unknown } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configFile).options;
}
