import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listOf, readXml, textOf } from '../xml';

describe('textOf', () => {
    it('reads plain text and text beside attributes', () => {
        expect(textOf('Lead')).toBe('Lead');
        expect(textOf({ '#text': '3', '@_xsi:type': 'xsd:double' })).toBe('3');
    });

    it.each([
        ['an empty element', ''],
        ['xsi:nil', { '@_xsi:nil': 'true' }],
        ['attributes without text', { '@_xsi:type': 'xsd:string' }],
        ['empty text beside attributes', { '#text': '', '@_xsi:type': 'xsd:string' }],
        ['an absent element', undefined],
        ['a non-text value', 5],
    ])('is undefined for %s', (_case, node) => {
        expect(textOf(node)).toBeUndefined();
    });
});

describe('readXml', () => {
    it('keeps values as written and repeats entries as arrays', () => {
        const file = join(mkdtempSync(join(tmpdir(), 'bb-xml-')), 'x.xml');
        writeFileSync(file, '<CustomLabels><labels><value> 007 </value></labels></CustomLabels>');
        const root = readXml(file, 'x.xml').CustomLabels as Record<string, unknown>;
        expect(listOf(root.labels)).toEqual([{ value: '007' }]);
        expect(listOf(root.missing)).toEqual([]);
    });
});
