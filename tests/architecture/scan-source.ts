import ts from "typescript";

// Reads a TypeScript file with the compiler's parser (never a regular expression): every module it
// loads, in every form an import can take, and every reach for the host process or the network.

export interface SourceScan {
  /** Module names loaded: static, side-effect, re-export, `import x = require()`, literal import() and require(). */
  modules: string[];
  /** Forms that load or reach something no import list shows: computed import(), require, process, fetch… */
  escapes: string[];
}

/**
 * Globals through which code reaches the process, the network or arbitrary code, without an import.
 * `Function` only counts when called or constructed (it is also a type).
 */
const HOST_GLOBALS = new Set([
  "process",
  "fetch",
  "require",
  "createRequire",
  "globalThis",
  "global",
  "eval",
  "WebSocket",
  "XMLHttpRequest",
  "EventSource",
  "Deno",
  "Bun",
]);

/** Literal text of a module name: a string or a template without substitutions. */
const literal = (node: ts.Node | undefined): string | null =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;

/** An identifier that names a declaration, a property or a type, rather than reading a value. */
function isNameOnly(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === id;
  if (ts.isQualifiedName(parent) || ts.isTypeReferenceNode(parent)) return true;
  if (ts.isBindingElement(parent)) return parent.propertyName === id;
  const named =
    ts.isVariableDeclaration(parent) ||
    ts.isParameter(parent) ||
    ts.isFunctionDeclaration(parent) ||
    ts.isClassDeclaration(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isGetAccessorDeclaration(parent) ||
    ts.isSetAccessorDeclaration(parent) ||
    ts.isEnumMember(parent) ||
    ts.isInterfaceDeclaration(parent) ||
    ts.isTypeAliasDeclaration(parent) ||
    ts.isTypeParameterDeclaration(parent) ||
    ts.isLabeledStatement(parent);
  return named && (parent as ts.NamedDeclaration).name === id;
}

export function scanSource(fileName: string, text: string): SourceScan {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const modules: string[] = [];
  const escapes: string[] = [];
  const where = (node: ts.Node) => `line ${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const name = literal(node.moduleSpecifier);
      if (name !== null) modules.push(name);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const name = literal(node.moduleReference.expression);
      if (name !== null) modules.push(name);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const name = literal(node.arguments[0]);
      if (name !== null) modules.push(name);
      else escapes.push(`import() of a computed name at ${where(node)}`);
    } else if (ts.isImportTypeNode(node)) {
      const name = ts.isLiteralTypeNode(node.argument) ? literal(node.argument.literal) : null;
      if (name !== null) modules.push(name);
    } else if (ts.isIdentifier(node) && !isNameOnly(node)) {
      if (HOST_GLOBALS.has(node.text)) escapes.push(`${node.text} at ${where(node)}`);
      const called =
        (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent)) &&
        node.parent.expression === node;
      if (node.text === "Function" && called) escapes.push(`Function constructor at ${where(node)}`);
      if (node.text === "require" && ts.isCallExpression(node.parent)) {
        const name = literal(node.parent.arguments[0]);
        if (name !== null) modules.push(name);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { modules, escapes };
}
