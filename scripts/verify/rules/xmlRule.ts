import { error, type Finding } from '../finding';
import type { Rule, RuleContext } from './rule';

/** Every XML file of the package is well formed under a strict parser (SDR silently repairs some). */
export const xmlRule: Rule = {
    id: 'xml',
    description: 'XML is well formed',
    run({ workspace }: RuleContext): Finding[] {
        return workspace.filesEndingWith('.xml').flatMap((file) => {
            const { syntaxError } = workspace.xml(file);
            return syntaxError
                ? [
                      error(
                          'xml',
                          file,
                          `XML is not well formed: ${syntaxError.message}`,
                          syntaxError.line,
                      ),
                  ]
                : [];
        });
    },
};
