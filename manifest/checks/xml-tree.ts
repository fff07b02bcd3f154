/**
 * Minimal element tree over fast-xml-parser's order-preserving output. Order matters here:
 * the manifest schema is a set of xs:sequence definitions, so child order is part of validity.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated, trimmed text content of this element (not of descendants). */
  readonly text: string;
  /** Human-readable location for problem messages, e.g. OfficeApp/VersionOverrides[VersionOverridesV1_0]/Resources. */
  readonly path: string;
}

type RawNode = Record<string, unknown>;

/** fast-xml-parser's XMLValidator; returns a problem message or undefined when well-formed. */
export function wellFormedProblem(xml: string): string | undefined {
  const verdict = XMLValidator.validate(xml);
  if (verdict === true) return undefined;
  const { code, msg, line, col } = verdict.err;
  return `${code} at line ${line}, column ${col}: ${msg}`;
}

function label(name: string, attrs: Readonly<Record<string, string>>): string {
  const type = attrs['xsi:type'];
  const id = attrs.id;
  return `${name}${type ? `[${type}]` : ''}${id ? `#${id}` : ''}`;
}

function toElements(nodes: readonly RawNode[], parentPath: string): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
    if (!name || name.startsWith('?')) continue;
    const attrs = (node[':@'] ?? {}) as Record<string, string>;
    const rawChildren = (node[name] ?? []) as RawNode[];
    const path = parentPath ? `${parentPath}/${label(name, attrs)}` : label(name, attrs);
    const text = rawChildren
      .map((child) => child['#text'])
      .filter((value): value is string | number => value !== undefined)
      .join('')
      .trim();
    elements.push({ name, attrs, children: toElements(rawChildren, path), text, path });
  }
  return elements;
}

/** Parses well-formed XML (call wellFormedProblem first) and returns the document element. */
export function parseXmlTree(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
  });
  const roots = toElements(parser.parse(xml) as RawNode[], '');
  const root = roots[0];
  if (!root) throw new Error('XML has no document element');
  return root;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** Depth-first walk; return false from `visit` to skip an element's subtree. */
export function walk(element: XmlElement, visit: (element: XmlElement) => boolean | void): void {
  if (visit(element) === false) return;
  for (const child of element.children) walk(child, visit);
}

export function descendants(
  element: XmlElement,
  predicate: (element: XmlElement) => boolean,
): XmlElement[] {
  const found: XmlElement[] = [];
  walk(element, (candidate) => {
    if (candidate !== element && predicate(candidate)) found.push(candidate);
  });
  return found;
}
