import type { Element } from '@xmldom/xmldom';
import type { AttributeValue } from '../source-layer';

/**
 * A Placemark's attributes: name, description and ExtendedData (untyped Data/value and SimpleData
 * typed by the document's Schema). Read here rather than from togeojson's properties, which mix in
 * style keys and turn a bool "0" into true.
 */

type Converter = (text: string) => AttributeValue;

const toNumber: Converter = (t) => (t.trim() === '' || !Number.isFinite(Number(t)) ? t : Number(t));
const CONVERTERS: Record<string, Converter> = {
  int: toNumber,
  uint: toNumber,
  short: toNumber,
  ushort: toNumber,
  float: toNumber,
  double: toNumber,
  bool: (t) => /^(1|true)$/i.test(t.trim()) ? true : /^(0|false)$/i.test(t.trim()) ? false : t,
  string: (t) => t,
};

export type KmlSchema = Map<string, Converter>;

const children = (el: Element, name: string): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);

const text = (el: Element | undefined): string => el?.textContent?.trim() ?? '';

/** SimpleField types of every Schema in the document, by field name. */
export function kmlSchema(root: Element): KmlSchema {
  const schema: KmlSchema = new Map();
  for (const field of Array.from(root.getElementsByTagName('SimpleField'))) {
    schema.set(field.getAttribute('name') ?? '', CONVERTERS[field.getAttribute('type') ?? ''] ?? CONVERTERS.string!);
  }
  return schema;
}

/** The text of an element's first direct child called `name` (a Placemark's or Document's <name>). */
export function childText(el: Element, name: string): string {
  return text(children(el, name)[0]);
}

export function placemarkAttributes(placemark: Element, schema: KmlSchema): Record<string, AttributeValue> {
  const attrs: Record<string, AttributeValue> = {};
  const name = children(placemark, 'name')[0];
  if (name) attrs.name = text(name);
  const description = children(placemark, 'description')[0];
  if (description) attrs.description = text(description);
  for (const ext of children(placemark, 'ExtendedData')) {
    for (const data of Array.from(ext.getElementsByTagName('Data'))) {
      attrs[data.getAttribute('name') ?? ''] = text(children(data, 'value')[0]);
    }
    for (const data of Array.from(ext.getElementsByTagName('SimpleData'))) {
      const field = data.getAttribute('name') ?? '';
      attrs[field] = (schema.get(field) ?? CONVERTERS.string!)(data.textContent ?? '');
    }
  }
  return attrs;
}
