import { join } from 'node:path';
import { placeholderMismatch, placeholdersOf } from '../rules/placeholders';
import { lines, verify } from './support/fixtureProject';

describe('placeholders of a translated label', () => {
    it('agree when the same placeholders occur, in any order', () => {
        expect(placeholdersOf('{score} of {threshold}, {score}')).toEqual([
            '{score}',
            '{score}',
            '{threshold}',
        ]);
        expect(placeholderMismatch('{score} of {threshold}', '{threshold}: {score}')).toBe(
            undefined,
        );
    });

    it('name what is missing, misspelt or repeated', () => {
        expect(placeholderMismatch('"{dimension}" is {value}', '„{dimension}“')).toBe(
            'lacks {value}',
        );
        expect(placeholderMismatch('{0} and {1}', '{0} und {2}')).toBe(
            'lacks {1} and has {2} that the English text does not',
        );
        expect(placeholderMismatch('{0}', '{0} ({0})')).toBe(
            'has {0} that the English text does not',
        );
    });
});

describe('the shipped German labels', () => {
    it('carry exactly the placeholders of their English originals', () => {
        const root = join(__dirname, '..', '..', '..');
        const placeholderFindings = verify(root, 'translations').filter((finding) =>
            /lacks \{|has \{/.test(finding.message),
        );
        expect(lines(placeholderFindings)).toEqual([]);
    });
});
