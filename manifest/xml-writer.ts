/**
 * A tiny, deterministic XML serializer. Hand-rolled rather than a builder library so the
 * output (attribute order, indentation, escaping) is fixed by this file alone.
 */
export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly text?: string;
}

export function el(
  name: string,
  attrs: Readonly<Record<string, string>> = {},
  ...children: XmlNode[]
): XmlNode {
  return { name, attrs, children };
}

export function textEl(
  name: string,
  text: string,
  attrs: Readonly<Record<string, string>> = {},
): XmlNode {
  return { name, attrs, children: [], text };
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

function render(node: XmlNode, depth: number, lines: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs)
    .map(([key, value]) => ` ${key}="${escapeAttr(value)}"`)
    .join('');
  if (node.text !== undefined) {
    lines.push(`${pad}<${node.name}${attrs}>${escapeText(node.text)}</${node.name}>`);
  } else if (node.children.length === 0) {
    lines.push(`${pad}<${node.name}${attrs}/>`);
  } else {
    lines.push(`${pad}<${node.name}${attrs}>`);
    for (const child of node.children) render(child, depth + 1, lines);
    lines.push(`${pad}</${node.name}>`);
  }
}

export function serializeXml(root: XmlNode, headerComment?: string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (headerComment) lines.push(`<!-- ${headerComment.replace(/--/g, '- -')} -->`);
  render(root, 0, lines);
  return `${lines.join('\n')}\n`;
}
