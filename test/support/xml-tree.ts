import { findForbiddenCharacter } from '../../shared/common/text';

export interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** The text directly inside, entities decoded. */
  text: string;
}

const TOKEN = /<!--[\s\S]*?-->|<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)/y;
const ATTRIBUTE = /([A-Za-z_][\w:.-]*)\s*=\s*"([^"<]*)"/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/&(?!(?:#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);)/.test(raw)) throw new Error(`bare & in ${where}: ${raw}`);
  const text = raw.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) => (name ? NAMED[name]! : String.fromCodePoint(Number.parseInt(dec ?? hex!, dec ? 10 : 16))));
  const bad = findForbiddenCharacter(text);
  if (bad) throw new Error(`${bad.character} in ${where}, which XML cannot carry`);
  return text;
}

/**
 * A strict little XML reader for what our exports write (elements,
 * double-quoted attributes, text, comments, one declaration): it throws on
 * anything not well formed, so a test knows a viewer would open the file.
 */
export function parseXml(xml: string): XmlNode {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const open: XmlNode[] = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(body);
    if (!match) throw new Error(`not well formed at ${at}: ${body.slice(at, at + 60)}`);
    const [token, close, name, attributes = '', selfClosing, text] = match;
    const parent = open.at(-1)!;
    if (token.startsWith('<!--')) continue;
    if (text !== undefined) {
      if (parent === root && text.trim() !== '') throw new Error(`text outside the root element: ${text}`);
      parent.text += decode(text, `text of <${parent.name}>`);
    } else if (close !== undefined) {
      if (parent.name !== close) throw new Error(`</${close}> closes <${parent.name}>`);
      open.pop();
    } else {
      const values: Record<string, string> = {};
      for (const [, key, value] of attributes.matchAll(ATTRIBUTE)) {
        if (key! in values) throw new Error(`attribute ${key} twice on <${name}>`);
        values[key!] = decode(value!, `${key} of <${name}>`);
      }
      const node: XmlNode = { name: name!, attributes: values, children: [], text: '' };
      if (parent === root && root.children.length > 0) throw new Error('more than one root element');
      parent.children.push(node);
      if (!selfClosing) open.push(node);
    }
  }
  if (open.length > 1) throw new Error(`<${open.at(-1)!.name}> is never closed`);
  const [top] = root.children;
  if (!top) throw new Error('no root element');
  return top;
}

export function descendants(node: XmlNode): XmlNode[] {
  return node.children.flatMap((child) => [child, ...descendants(child)]);
}

/** All text inside a node, its descendants' included, in document order. */
export function textOf(node: XmlNode): string {
  return node.text + node.children.map(textOf).join('');
}
