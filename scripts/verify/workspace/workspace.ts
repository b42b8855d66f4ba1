import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPackageFiles } from './packageFiles';
import { readSfdxProject, type SfdxProject } from './sfdxProject';
import { checkWellFormed, parseXml, type XmlElement, type XmlSyntaxError } from './xml';

export interface XmlDocument {
    readonly file: string;
    /** Absent when the document is not well formed (see `syntaxError`). */
    readonly root?: XmlElement;
    readonly syntaxError?: XmlSyntaxError;
}

/**
 * The project as the rules see it: its package files, read and parsed at most once each. A scoped
 * workspace (`within`) sees only some package directories, e.g. one package and its dependencies,
 * and shares the parsed files with the workspace it was made from.
 */
export class Workspace {
    readonly project: SfdxProject;
    /** The package directories this workspace sees (all packaged directories unless scoped). */
    readonly directories: readonly string[];
    readonly deployableFiles: readonly string[];
    readonly ignoredFiles: readonly string[];
    private readonly texts: Map<string, string>;
    private readonly documents: Map<string, XmlDocument>;

    constructor(
        readonly root: string,
        scope?: { readonly directories: readonly string[]; readonly parent: Workspace },
    ) {
        this.project = scope?.parent.project ?? readSfdxProject(root);
        this.directories = scope?.directories ?? this.project.packagedDirectories;
        this.texts = scope?.parent.texts ?? new Map();
        this.documents = scope?.parent.documents ?? new Map();
        if (scope) {
            const inScope = (file: string) =>
                this.directories.some((directory) => file.startsWith(`${directory}/`));
            this.deployableFiles = scope.parent.deployableFiles.filter(inScope);
            this.ignoredFiles = scope.parent.ignoredFiles.filter(inScope);
        } else {
            const files = listPackageFiles(root, this.directories);
            this.deployableFiles = files.deployable;
            this.ignoredFiles = files.ignored;
        }
    }

    /** A view of only these package directories, sharing what this workspace already read. */
    within(directories: readonly string[]): Workspace {
        return new Workspace(this.root, { directories, parent: this });
    }

    /** Every package file, deployable or not (LWC `.ts` sources are ignored by `.forceignore` yet matter). */
    get allFiles(): readonly string[] {
        return [...this.deployableFiles, ...this.ignoredFiles].sort();
    }

    text(file: string): string {
        let text = this.texts.get(file);
        if (text === undefined) {
            text = readFileSync(join(this.root, file), 'utf8');
            this.texts.set(file, text);
        }
        return text;
    }

    xml(file: string): XmlDocument {
        let document = this.documents.get(file);
        if (!document) {
            const source = this.text(file);
            const syntaxError = checkWellFormed(source);
            if (syntaxError) document = { file, syntaxError };
            else {
                const root = parseXml(source);
                document = root
                    ? { file, root }
                    : {
                          file,
                          syntaxError: { message: 'The document has no root element.', line: 1 },
                      };
            }
            this.documents.set(file, document);
        }
        return document;
    }

    /** Deployable files whose name ends with `suffix` (e.g. `.field-meta.xml`). */
    filesEndingWith(suffix: string): string[] {
        return this.deployableFiles.filter((file) => file.endsWith(suffix));
    }

    /** Root elements of the well-formed deployable files ending with `suffix`. */
    documentsEndingWith(suffix: string): Array<{ file: string; root: XmlElement }> {
        return this.filesEndingWith(suffix).flatMap((file) => {
            const { root } = this.xml(file);
            return root ? [{ file, root }] : [];
        });
    }
}
