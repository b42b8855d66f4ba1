/** The part of the Metadata API WSDL's XML Schema the gate needs, flattened for fast lookup. */
export interface CompiledSchema {
    readonly apiVersion: string;
    /** Complex types with their own and inherited (xsd:extension) elements. */
    readonly complexTypes: Readonly<Record<string, ComplexTypeDecl>>;
    readonly simpleTypes: Readonly<Record<string, SimpleTypeDecl>>;
}

export interface ComplexTypeDecl {
    readonly elements: Readonly<Record<string, ElementDecl>>;
}

export interface ElementDecl {
    /** `xsd:string`, `xsd:boolean`… for built-ins, otherwise the bare name of a complex or simple type. */
    readonly type: string;
    readonly repeatable: boolean;
}

export interface SimpleTypeDecl {
    readonly base: string;
    readonly enumeration: readonly string[];
}
