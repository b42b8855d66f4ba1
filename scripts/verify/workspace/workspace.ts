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

/** The project as the rules see it: its package files, read and parsed at most once each. */
export class Workspace {
    readonly project: SfdxProject;
    readonly deployableFiles: readonly string[];
    readonly ignoredFiles: readonly string[];
    private readonly texts = new Map<string, string>();
    private readonly documents = new Map<string, XmlDocument>();

    constructor(readonly root: string) {
        this.project = readSfdxProject(root);
        const files = listPackageFiles(root, this.project.packagedDirectories);
        this.deployableFiles = files.deployable;
        this.ignoredFiles = files.ignored;
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
