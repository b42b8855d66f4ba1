// Compiles Apex the way the platform's compiler front-end does, offline: jorje (the compiler inside
// prettier-plugin-apex's apex-jorje-lsp.jar) driven to ADDITIONAL_VALIDATE with a symbol provider that
// knows the standard library (the jar's StandardApexLibrary stubs), this project's SObjects and
// fields (read from the metadata at run time) and its custom labels.
//
// Usage: java -cp '<apex-jorje-lsp.jar>' ApexSemanticCheck.java --standard standard-objects.txt
//            --stubs stubs (--unit <source>... --metadata <package dir>...)...
// Each --unit is compiled on its own with the SObjects of its metadata folders, so one JVM serves
// many fixtures. Java 17 runs this single source file directly (no javac step). Prints one JSON
// document: {"units":[{"problems":[{"file","line","column","message"}],"objects":n,"labels":n}]}

import apex.jorje.semantic.ast.visitor.AdditionalPassScope;
import apex.jorje.semantic.ast.visitor.AstVisitor;
import apex.jorje.semantic.common.TestAccessEvaluator;
import apex.jorje.semantic.common.TestQueryValidators;
import apex.jorje.semantic.common.TestSymbolProvider;
import apex.jorje.semantic.compiler.ApexCompiler;
import apex.jorje.semantic.compiler.CodeUnit;
import apex.jorje.semantic.compiler.CompilationInput;
import apex.jorje.semantic.compiler.CompilerStage;
import apex.jorje.semantic.compiler.Namespace;
import apex.jorje.semantic.compiler.Namespaces;
import apex.jorje.semantic.compiler.SourceFile;
import apex.jorje.semantic.compiler.ValidationSettings;
import apex.jorje.semantic.compiler.sfdc.NoopCompilerProgressCallback;
import apex.jorje.semantic.compiler.sfdc.SymbolProvider;
import apex.jorje.semantic.ast.visitor.reference.ExternalDependency;
import apex.jorje.semantic.ast.visitor.reference.UntypedExternalDependency;
import apex.jorje.semantic.symbol.resolver.SymbolResolver;
import apex.jorje.semantic.symbol.type.TypeInfo;
import apex.common.base.Initializers;
import apex.jorje.semantic.ast.modifier.ModifierGroups;
import apex.jorje.semantic.bcl.DmlOperation;
import apex.jorje.semantic.symbol.member.method.Generated;
import apex.jorje.semantic.symbol.member.method.StandardMethodInfo;
import apex.jorje.semantic.symbol.member.variable.DynamicFieldInfo;
import apex.jorje.semantic.symbol.member.variable.FieldInfo;
import apex.jorje.semantic.symbol.member.variable.FieldTable;
import apex.jorje.semantic.symbol.member.variable.SObjectFieldInfo;
import apex.jorje.semantic.symbol.member.variable.StandardFieldTable;
import apex.jorje.semantic.symbol.type.GenericTypeInfoFactory;
import apex.jorje.semantic.symbol.type.SObjectMetadata;
import apex.jorje.semantic.symbol.type.SObjectTypeInfo;
import apex.jorje.semantic.symbol.type.TypeInfos;
import apex.jorje.semantic.symbol.type.common.BiPredicates;
import apex.jorje.services.Version;
import apex.jorje.services.exception.CompilationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

public class ApexSemanticCheck {
    /** API 66.0, the project's sourceApiVersion. */
    static final Version API_VERSION = Version.V260;

    /** One compilation: the sources compiled together and the metadata folders their SObjects come from. */
    record Unit(List<Path> metadata, List<Path> sources) {}

    public static void main(String[] args) throws Exception {
        Path standard = null;
        Path corrections = null;
        List<Unit> units = new ArrayList<>();
        String mode = null;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                mode = arg;
                if (mode.equals("--unit")) {
                    units.add(new Unit(new ArrayList<>(), new ArrayList<>()));
                }
                continue;
            }
            Unit current = units.isEmpty() ? null : units.get(units.size() - 1);
            if ("--standard".equals(mode)) {
                standard = Path.of(arg);
            } else if ("--stubs".equals(mode)) {
                corrections = Path.of(arg);
            } else if ("--metadata".equals(mode) && current != null) {
                current.metadata().add(Path.of(arg));
            } else if ("--unit".equals(mode) && current != null) {
                current.sources().add(Path.of(arg));
            } else {
                System.err.println("usage: ApexSemanticCheck --standard <file> --stubs <dir> "
                        + "(--unit <source>... [--metadata <dir>...])...; unexpected " + arg);
                System.exit(2);
            }
        }
        if (standard == null) {
            System.err.println("--standard <standard-objects.txt> is required");
            System.exit(2);
        }
        InternalFailures failures = InternalFailures.install();
        StandardLibrary library = StandardLibrary.load(corrections);
        ProjectSymbolProvider.alignBuiltInNames(library);
        StringBuilder json = new StringBuilder("{\"units\":[");
        String unitSeparator = "";
        for (Unit unit : units) {
            json.append(unitSeparator).append("{\"problems\":[");
            unitSeparator = ",";
            String separator = "";
            failures.clear();
            SObjectCatalog catalog = SObjectCatalog.load(unit.metadata(), standard);
            List<Problem> problems = new ArrayList<>(compile(unit.sources(), library, catalog));
            problems.addAll(failures.asProblems(unit.sources()));
            for (Problem problem : problems) {
                json.append(separator).append(problem.toJson());
                separator = ",";
            }
            json.append("],\"objects\":").append(catalog.shapes.size())
                    .append(",\"labels\":").append(catalog.labels.size()).append('}');
        }
        json.append("]}");
        System.out.println(json);
    }

    /**
     * jorje catches exceptions inside its own stages and only logs them; a class it failed on
     * would then pass unchecked. Every such log record with an exception becomes a problem, so the
     * step fails instead of passing silently. The parser's informational lines are silenced.
     */
    static final class InternalFailures extends java.util.logging.Handler {

        static InternalFailures install() {
            java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
            for (java.util.logging.Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
            }
            InternalFailures failures = new InternalFailures();
            root.addHandler(failures);
            return failures;
        }

        @Override
        public void publish(java.util.logging.LogRecord record) {
            if (record.getThrown() != null) {
                failures.add(record);
            }
        }

        final List<java.util.logging.LogRecord> failures = new ArrayList<>();

        void clear() {
            failures.clear();
        }

        /**
         * jorje logs the failing class's source with the exception: the failure is reported on the
         * unit's file with that source, or on the unit's first file when a standard-library stub
         * failed.
         */
        List<Problem> asProblems(List<Path> unit) throws IOException {
            List<Problem> problems = new ArrayList<>();
            for (java.util.logging.LogRecord failure : failures) {
                String logged = failure.getMessage() == null ? "" : failure.getMessage();
                Path where = unit.isEmpty() ? Path.of("(no file)") : unit.get(0);
                String what = "a standard-library stub";
                for (Path file : unit) {
                    String body = Files.readString(file).strip();
                    if (!body.isEmpty() && logged.contains(body.substring(0, Math.min(200, body.length())))) {
                        where = file;
                        what = "this file";
                        break;
                    }
                }
                problems.add(new Problem(where.toString(), 0, 0, "the compiler failed internally on " + what
                        + ", so the unit is not fully checked: " + failure.getThrown()));
            }
            return problems;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    record Problem(String file, int line, int column, String message) {
        String toJson() {
            return "{\"file\":" + quote(file) + ",\"line\":" + line + ",\"column\":" + column
                    + ",\"message\":" + quote(message) + "}";
        }
    }

    static List<Problem> compile(List<Path> files, StandardLibrary library, SObjectCatalog catalog) throws IOException {
        List<SourceFile> sources = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.(cls|trigger)$", "");
            byName.put(name.toLowerCase(Locale.ROOT), file);
            sources.add(SourceFile.builder()
                    .setBody(Files.readString(file))
                    .setKnownName(name)
                    .setVersion(API_VERSION)
                    .setNamespace(Namespaces.EMPTY)
                    .build());
        }
        ProjectSymbolProvider provider = new ProjectSymbolProvider(library, catalog);
        CompilationInput input = new CompilationInput(sources, provider, new ProjectAccessEvaluator(),
                new TestQueryValidators.Noop(), null, NoopCompilerProgressCallback.get());
        ApexCompiler compiler = ApexCompiler.builder()
                .setInput(input)
                .setValidationSettings(ValidationSettings.builder()
                        .setValidationBehavior(ValidationSettings.ValidationBehavior.COLLECT_MULTIPLE_ERRORS)
                        .build())
                .build();
        List<CodeUnit> compiled = compiler.compile(CompilerStage.ADDITIONAL_VALIDATE);
        List<Problem> problems = new ArrayList<>();
        SoqlFieldCheck soql = new SoqlFieldCheck(catalog);
        for (int i = 0; i < files.size(); i++) {
            soql.check(files.get(i).toString(), sources.get(i).getBody());
        }
        problems.addAll(soql.problems);
        for (CodeUnit unit : compiled) {
            Path file = byName.get(unit.getSourceFile().getKnownName().toLowerCase(Locale.ROOT));
            if (file == null) {
                continue; // a standard-library stub attached on demand
            }
            for (CompilationException error : unit.getErrors().get()) {
                int line = error.getLoc() == null ? 0 : error.getLoc().getLine();
                int column = error.getLoc() == null ? 0 : error.getLoc().getColumn();
                problems.add(new Problem(file.toString(), line, column, error.getError()));
            }
        }
        return problems;
    }

    /**
     * The fields SOQL names, checked against the SObjects: Apex's parser (jorje's) gives each query
     * as a tree (select list, where, order by, group by, semi-join subqueries); every field path in
     * it must exist on the queried object, following relationships (Owner.Name). Bind expressions
     * (:value) are Apex, checked by the compiler. A query on an object the catalog does not know is
     * left to the compiler (it reports the unknown type).
     */
    static final class SoqlFieldCheck {
        final SObjectCatalog catalog;
        final List<Problem> problems = new ArrayList<>();
        String file;

        SoqlFieldCheck(SObjectCatalog catalog) {
            this.catalog = catalog;
        }

        void check(String file, String body) {
            this.file = file;
            apex.jorje.semantic.compiler.parser.ParserOutput parsed = apex.jorje.semantic.compiler.parser.ParserEngine
                    .get(apex.jorje.semantic.compiler.parser.ParserEngine.Type.NAMED)
                    .parse(SourceFile.builder().setBody(body).setVersion(API_VERSION).build());
            if (parsed.getUnit() != null && parsed.getParseErrors().isEmpty()) {
                walk(parsed.getUnit(), null, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
            }
        }

        /** Visits the data tree; `from` is the query whose fields are being collected, if any. */
        void walk(Object node, QueryScope from, java.util.Set<Object> seen) {
            if (node == null || !seen.add(node)) {
                return;
            }
            if (node instanceof java.util.Optional<?> optional) {
                optional.ifPresent(value -> walk(value, from, seen));
                return;
            }
            if (node instanceof Iterable<?> items) {
                for (Object item : items) {
                    walk(item, from, seen);
                }
                return;
            }
            if (node instanceof apex.jorje.data.soql.Query query) {
                QueryScope scope = QueryScope.of(query, catalog);
                for (java.lang.reflect.Field member : query.getClass().getFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(member.getModifiers()) && !member.getName().equals("from")) {
                        walk(read(member, query), scope, seen);
                    }
                }
                return;
            }
            if (node instanceof apex.jorje.data.soql.ColonExpr bind) {
                walk(bind.expr, null, seen); // Apex inside the query: its own SOQL, if any, is a new query
                return;
            }
            if (node instanceof apex.jorje.data.soql.FieldIdentifier field) {
                if (from != null) {
                    checkPath(from, field);
                }
                return;
            }
            if (!node.getClass().getName().startsWith("apex.jorje.data.")) {
                return;
            }
            for (java.lang.reflect.Field member : node.getClass().getFields()) {
                if (!java.lang.reflect.Modifier.isStatic(member.getModifiers())) {
                    walk(read(member, node), from, seen);
                }
            }
        }

        static Object read(java.lang.reflect.Field member, Object owner) {
            try {
                return member.get(owner);
            } catch (IllegalAccessException cause) {
                throw new IllegalStateException(cause);
            }
        }

        void checkPath(QueryScope scope, apex.jorje.data.soql.FieldIdentifier field) {
            if (scope.object == null) {
                return;
            }
            List<apex.jorje.data.Identifier> path = new ArrayList<>();
            for (apex.jorje.data.soql.FieldIdentifier part = field; part != null; part = part.entity.orElse(null)) {
                path.add(0, part.field);
            }
            if (path.size() == 1 && scope.aliases.contains(path.get(0).getValue().toLowerCase(Locale.ROOT))) {
                return; // ORDER BY or HAVING naming a select-list alias (COUNT(Id) total)
            }
            if (path.size() > 1 && scope.names.contains(path.get(0).getValue().toLowerCase(Locale.ROOT))) {
                path.remove(0);
            }
            SObjectCatalog.ObjectShape shape = scope.object;
            for (int i = 0; i < path.size(); i++) {
                apex.jorje.data.Identifier name = path.get(i);
                String type = shape.fieldType(name.getValue());
                if (type == null) {
                    int line = name.getLoc() == null ? 0 : name.getLoc().getLine();
                    int column = name.getLoc() == null ? 0 : name.getLoc().getColumn();
                    problems.add(new Problem(file, line, column,
                            "SOQL: No such column '" + name.getValue() + "' on entity '" + shape.name + "'"));
                    return;
                }
                if (i < path.size() - 1) {
                    if (!type.startsWith("->")) {
                        return; // a compound field's part, not a relationship: left to the org
                    }
                    shape = catalog.shapes.get(type.substring(2).toLowerCase(Locale.ROOT));
                    if (shape == null) {
                        return;
                    }
                }
            }
        }

        /**
         * The object a query reads (when the catalog knows it), the names its fields may be prefixed
         * with (the object or its FROM alias), and the select list's aliases.
         */
        record QueryScope(SObjectCatalog.ObjectShape object, java.util.Set<String> names, java.util.Set<String> aliases) {
            static QueryScope of(apex.jorje.data.soql.Query query, SObjectCatalog catalog) {
                java.util.Set<String> names = new java.util.HashSet<>();
                java.util.Set<String> aliases = new java.util.HashSet<>();
                SObjectCatalog.ObjectShape object = null;
                if (query.from != null && query.from.exprs.size() == 1) {
                    apex.jorje.data.soql.FromExpr from = query.from.exprs.get(0);
                    if (from.table.entity.isEmpty()) {
                        String name = from.table.field.getValue();
                        object = catalog.shapes.get(name.toLowerCase(Locale.ROOT));
                        names.add(name.toLowerCase(Locale.ROOT));
                        from.alias.ifPresent(alias -> names.add(alias.getValue().toLowerCase(Locale.ROOT)));
                    }
                }
                if (query.select instanceof apex.jorje.data.soql.SelectClause.SelectColumnClause columns) {
                    for (apex.jorje.data.soql.SelectExpr expr : columns.exprs) {
                        try {
                            Object alias = expr.getClass().getField("alias").get(expr);
                            if (alias instanceof java.util.Optional<?> named && named.orElse(null) instanceof apex.jorje.data.Identifier id) {
                                aliases.add(id.getValue().toLowerCase(Locale.ROOT));
                            }
                        } catch (ReflectiveOperationException noAlias) {
                            // a select expression without an alias field
                        }
                    }
                }
                return new QueryScope(object, names, aliases);
            }
        }
    }

    /**
     * The org's answers to access questions, as the test evaluator gives them, except that the
     * project's own Custom Metadata types are visible to its code: everything here is one
     * namespace (the package has none), which the test evaluator does not assume.
     */
    static final class ProjectAccessEvaluator extends TestAccessEvaluator {
        @Override
        public boolean isSetupEntityVisibleToType(apex.jorje.semantic.symbol.type.SObjectTypeInfo entity, TypeInfo referencingType) {
            return Namespace.equals(entity.getNamespace(), referencingType.getNamespace())
                    || (Namespace.isEmptyOrNull(entity.getNamespace()) && Namespace.isEmptyOrNull(referencingType.getNamespace()));
        }
    }

    /** One standard-library type as Apex source: namespace, name and body. */
    record Stub(String namespace, String name, String body) {}

    /**
     * The StandardApexLibrary stubs in the jorje jar, by lower-case "namespace/name", with the
     * corrections in stubs/ laid over them (same path, replaces the jar's stub, or a type the jar
     * lacks). Why each correction exists is written at its top.
     */
    static final class StandardLibrary {
        final Map<String, Stub> stubs = new HashMap<>();

        static StandardLibrary load(Path corrections) throws IOException {
            StandardLibrary library = new StandardLibrary();
            Path jar = Path.of(ApexCompiler.class.getProtectionDomain().getCodeSource().getLocation().getPath());
            try (JarFile archive = new JarFile(jar.toFile())) {
                for (JarEntry entry : java.util.Collections.list(archive.entries())) {
                    String name = entry.getName();
                    if (name.startsWith("StandardApexLibrary/") && name.endsWith(".cls")) {
                        try (InputStream in = archive.getInputStream(entry)) {
                            library.put(name.substring("StandardApexLibrary/".length()),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            if (corrections != null) {
                try (java.util.stream.Stream<Path> walk = Files.walk(corrections)) {
                    for (Path file : (Iterable<Path>) walk::iterator) {
                        if (file.toString().endsWith(".cls")) {
                            library.put(corrections.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                        }
                    }
                }
            }
            return library;
        }

        /**
         * relativePath: "Namespace/Name.cls". DescribeSObjectResult is made virtual so the describe
         * type generated per object (Schema.SObjectType.Lead) can extend it.
         */
        void put(String relativePath, String body) {
            if (relativePath.equals("Schema/DescribeSObjectResult.cls")) {
                body = body.replace("global class DescribeSObjectResult", "global virtual class DescribeSObjectResult");
            }
            // The jar's stubs of the standard exceptions (System.JSONException, ...) do not say
            // they extend Exception, so they could not be thrown or caught.
            java.util.regex.Matcher exception = java.util.regex.Pattern
                    .compile("global class (\\w+Exception) \\{").matcher(body);
            if (exception.find()) {
                body = exception.replaceFirst("global virtual class $1 extends Exception {");
            }
            String[] parts = relativePath.substring(0, relativePath.length() - 4).split("/");
            stubs.put((parts[0] + "/" + parts[1]).toLowerCase(Locale.ROOT), new Stub(parts[0], parts[1], body));
        }
    }

    static final class ProjectSymbolProvider implements SymbolProvider {
        final TestSymbolProvider fallback = new TestSymbolProvider();
        final StandardLibrary library;
        final SObjectCatalog catalog;
        final Map<String, TypeInfo> attached = new HashMap<>();
        /** Stubs that are wrong for compiling: System.Label is answered from the project's labels. */
        static final java.util.Set<String> SKIPPED_STUBS = java.util.Set.of("system/label");
        static final boolean TRACE = System.getenv("APEX_SEMANTIC_TRACE") != null;

        ProjectSymbolProvider(StandardLibrary library, SObjectCatalog catalog) {
            this.library = library;
            this.catalog = catalog;
            catalog.schemaType = (resolver, key) -> find(resolver, null, key);
        }

        @Override
        public TypeInfo find(SymbolResolver resolver, TypeInfo referencingType, String name) {
            if (TRACE) {
                System.err.println("find " + name);
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (attached.containsKey(key)) {
                return attached.get(key);
            }
            TypeInfo generic = GENERIC_INTERFACES.get(key);
            if (generic != null) {
                return generic;
            }
            Stub found = SKIPPED_STUBS.contains(key) ? null : stub(key);
            if (found != null) {
                SourceFile stub = SourceFile.builder()
                        .setBody(found.body())
                        .setKnownName(found.name())
                        .setNamespace(Namespaces.create(found.namespace()))
                        .setVersion(API_VERSION)
                        .setTrusted(true)
                        .build();
                attached.put(key, null);
                TypeInfo type = resolver.getCompilerService().attachSource(resolver, stub, name);
                attached.put(key, type);
                if (key.equals("system/database") && type != null) {
                    addDmlMethods(resolver, type);
                }
                if (TRACE) {
                    System.err.println("attached " + key + " as " + type.getBytecodeName() + " / " + type.getApexName());
                }
                return type;
            }
            return fallback.find(resolver, referencingType, name);
        }

        /**
         * Database.insert, update, upsert, delete and undelete: the jar's Database stub cannot
         * declare them (they are keywords), so they are added to its method table with the
         * documented overloads: one record or a list, then allOrNone, DMLOptions, AccessLevel.
         */
        void addDmlMethods(SymbolResolver resolver, TypeInfo database) {
            TypeInfo sobject = TypeInfos.SOBJECT;
            TypeInfo list = GenericTypeInfoFactory.createList(sobject);
            TypeInfo bool = TypeInfos.BOOLEAN;
            TypeInfo accessLevel = find(resolver, null, "system/accesslevel");
            TypeInfo options = find(resolver, null, "database/dmloptions");
            TypeInfo field = find(resolver, null, "schema/sobjectfield");
            Map<String, String> results = Map.of("insert", "database/saveresult", "update", "database/saveresult",
                    "upsert", "database/upsertresult", "delete", "database/deleteresult",
                    "undelete", "database/undeleteresult");
            List<apex.jorje.semantic.symbol.member.method.MethodInfo> added = new ArrayList<>();
            results.forEach((operation, resultName) -> {
                TypeInfo result = find(resolver, null, resultName);
                TypeInfo resultList = GenericTypeInfoFactory.createList(result);
                for (boolean many : new boolean[] {false, true}) {
                    TypeInfo records = many ? list : sobject;
                    List<List<TypeInfo>> tails = new ArrayList<>(List.of(List.of(), List.of(bool), List.of(accessLevel),
                            List.of(bool, accessLevel), List.of(options), List.of(options, accessLevel)));
                    if (operation.equals("upsert")) {
                        tails.addAll(List.of(List.of(field), List.of(field, bool), List.of(field, bool, accessLevel),
                                List.of(field, accessLevel)));
                    }
                    for (List<TypeInfo> tail : tails) {
                        if (operation.equals("undelete") || operation.equals("delete")) {
                            if (tail.contains(options)) {
                                continue;
                            }
                        }
                        List<TypeInfo> parameters = new ArrayList<>();
                        parameters.add(records);
                        parameters.addAll(tail);
                        added.add(StandardMethodInfo.builder()
                                .setGenerated(Generated.BUILT_IN)
                                .setDefiningType(database)
                                .setModifiers(ModifierGroups.GLOBAL_STATIC)
                                .setReturnType(many ? resultList : result)
                                .setName(operation)
                                .setNamedParameterTypes(parameters)
                                .build());
                    }
                }
            });
            // Before its table is resolved the methods simply join it; after, static methods are
            // looked up in an index built at resolution, so they are put into that index too.
            apex.jorje.semantic.symbol.member.method.MethodTable table = database.methods();
            if (!table.isResolved()) {
                added.forEach(table::addDuplicatesAllowed);
                return;
            }
            try {
                java.lang.reflect.Field index = table.getClass().getDeclaredField("staticMethodLookupMap");
                java.lang.reflect.Method setup = table.getClass().getDeclaredMethod("setupLookupHashMap",
                        java.util.Collection.class, Map.class);
                index.setAccessible(true);
                setup.setAccessible(true);
                setup.invoke(table, added, index.get(table));
            } catch (ReflectiveOperationException cause) {
                throw new IllegalStateException("cannot add the DML methods to System.Database", cause);
            }
        }

        /**
         * Built-in methods name some standard types by an internal bytecode name that the stub of
         * the same type does not have (SObject.getErrors() returns a List of
         * "com/salesforce/api/Database/Error", the stub is "Database/Error"), and the compiler
         * compares types by that name, so `List<Database.Error> errors = record.getErrors()` was
         * refused. Those built-in types are renamed once to the name their stub compiles to.
         */
        static void alignBuiltInNames(StandardLibrary library) {
            for (java.lang.reflect.Field constant : apex.jorje.semantic.symbol.type.InternalTypeInfos.class.getFields()) {
                try {
                    if (!(constant.get(null) instanceof apex.jorje.semantic.symbol.type.AbstractTypeInfo type)
                            || !type.getBytecodeName().startsWith("com/salesforce/api/")) {
                        continue;
                    }
                    Stub stub = library.stubs.get(type.getApexName().replace('.', '/').toLowerCase(Locale.ROOT));
                    if (stub == null) {
                        continue;
                    }
                    java.lang.reflect.Field name = apex.jorje.semantic.symbol.type.AbstractTypeInfo.class
                            .getDeclaredField("bytecodeName");
                    name.setAccessible(true);
                    name.set(type, stub.namespace() + "/" + stub.name());
                } catch (ReflectiveOperationException cause) {
                    throw new IllegalStateException("cannot align built-in type names", cause);
                }
            }
        }

        /**
         * Standard interfaces that take a type argument (Database.Batchable<SObject>,
         * Iterable<T>): Apex source cannot declare type parameters, so their stubs cannot stand in.
         * They are answered with the compiler's own built-in generic definitions, the way its
         * test harness builds them.
         */
        static final Map<String, TypeInfo> GENERIC_INTERFACES = genericInterfaces();

        static Map<String, TypeInfo> genericInterfaces() {
            Map<String, TypeInfo> byName = new HashMap<>();
            try {
                java.lang.reflect.Method createGeneric = apex.jorje.semantic.common.TestStandardTypeInfos.class
                        .getDeclaredMethod("createGeneric", apex.jorje.semantic.symbol.type.InternalTypeInfo.class);
                createGeneric.setAccessible(true);
                for (java.lang.reflect.Field constant : apex.jorje.semantic.symbol.type.InternalTypeInfos.class.getFields()) {
                    if (constant.get(null) instanceof apex.jorje.semantic.symbol.type.InternalTypeInfo type
                            && !type.getTypeArguments().isEmpty()
                            && type.getUnitType() == apex.jorje.semantic.symbol.type.UnitType.INTERFACE) {
                        apex.jorje.semantic.symbol.type.AbstractTypeInfo.Builder<?, ?> builder =
                                (apex.jorje.semantic.symbol.type.AbstractTypeInfo.Builder<?, ?>) createGeneric.invoke(null, type);
                        byName.put(type.getApexName().replace('.', '/').toLowerCase(Locale.ROOT), builder.build());
                    }
                }
            } catch (ReflectiveOperationException cause) {
                throw new IllegalStateException("cannot build the generic standard interfaces", cause);
            }
            if (TRACE) {
                System.err.println("generic interfaces " + byName.keySet());
            }
            return byName;
        }

        /** A library stub, or a type generated from the project's SObjects (describe results). */
        Stub stub(String key) {
            Stub generated = catalog.describeStub(key, library);
            return generated != null ? generated : library.stubs.get(key);
        }

        @Override
        public ExternalDependency findMetadataDependency(SymbolResolver resolver, TypeInfo referencingType,
                UntypedExternalDependency.DependencyType type, String name) {
            return fallback.findMetadataDependency(resolver, referencingType, type, name);
        }

        @Override
        public TypeInfo getVfComponentType(SymbolResolver resolver, TypeInfo referencingType, Namespace namespace,
                String name) {
            return fallback.getVfComponentType(resolver, referencingType, namespace, name);
        }

        @Override
        public TypeInfo getFlowInterviewType(SymbolResolver resolver, TypeInfo referencingType, Namespace namespace,
                String name) {
            return fallback.getFlowInterviewType(resolver, referencingType, namespace, name);
        }

        @Override
        public TypeInfo getSObjectType(TypeInfo referencingType, String name) {
            if (TRACE) {
                System.err.println("sobject " + name);
            }
            if (name.equalsIgnoreCase("AggregateResult")) {
                return fallback.getSObjectType(referencingType, "AggregateResult"); // the compiler's own
            }
            return catalog.type(name);
        }

        @Override
        public TypeInfo getAggregateResultType(TypeInfo referencingType) {
            return fallback.getAggregateResultType(referencingType);
        }

        @Override
        public String getPageReference(TypeInfo referencingType, String name) {
            return fallback.getPageReference(referencingType, name);
        }

        @Override
        public boolean hasLabelField(TypeInfo referencingType, Namespace namespace, String name) {
            return Namespace.isEmptyOrNull(namespace) && catalog.labels.contains(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String getQuickAction(TypeInfo referencingType, String action, String type) {
            return fallback.getQuickAction(referencingType, action, type);
        }

        @Override
        public boolean isDynamicTypeNamespace(String namespace) {
            return fallback.isDynamicTypeNamespace(namespace);
        }

        @Override
        public boolean isDynamicTypeNamespace(String namespace, String name) {
            return fallback.isDynamicTypeNamespace(namespace, name);
        }
    }

    /**
     * The SObjects Apex may name: every object with a folder under objects/ in the metadata (its
     * custom fields read from the field files, so a field added there resolves at once) plus the
     * standard objects and fields listed in standard-objects.txt. Also the custom label names.
     */
    static final class SObjectCatalog {
        final Map<String, ObjectShape> shapes = new HashMap<>();
        final Map<String, TypeInfo> types = new HashMap<>();
        final java.util.Set<String> labels = new java.util.HashSet<>();

        static final class ObjectShape {
            final String name;
            /** field name -> Apex type name: a scalar (String, Id, ...) or "->Object" for a relationship. */
            final Map<String, String> fields = new java.util.LinkedHashMap<>();

            ObjectShape(String name) {
                this.name = name;
            }

            /** The field's type as listed (see fields), or null when the object has no such field. */
            String fieldType(String field) {
                for (Map.Entry<String, String> entry : fields.entrySet()) {
                    if (entry.getKey().equalsIgnoreCase(field)) {
                        return entry.getValue();
                    }
                }
                return null;
            }
        }

        static SObjectCatalog load(List<Path> metadataRoots, Path standardObjects) throws IOException {
            SObjectCatalog catalog = new SObjectCatalog();
            Map<String, String> common = new java.util.LinkedHashMap<>();
            for (String raw : Files.readAllLines(standardObjects)) {
                String line = raw.replaceFirst("#.*", "").trim();
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                String object = parts[0].replaceFirst(":$", "");
                Map<String, String> target = object.equals("*") ? common : catalog.shape(object).fields;
                for (int i = 1; i < parts.length; i++) {
                    String[] field = parts[i].split(":", 2);
                    target.put(field[0], field.length > 1 ? field[1] : "String");
                }
            }
            for (Path root : metadataRoots) {
                try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
                    for (Path file : (Iterable<Path>) walk::iterator) {
                        String name = file.getFileName().toString();
                        if (name.endsWith(".field-meta.xml") && file.getParent().getFileName().toString().equals("fields")) {
                            String object = file.getParent().getParent().getFileName().toString();
                            catalog.addCustomField(catalog.shape(object), file);
                        } else if (name.endsWith(".object-meta.xml")) {
                            catalog.shape(name.substring(0, name.length() - ".object-meta.xml".length()));
                        } else if (name.endsWith(".labels-meta.xml")) {
                            for (String label : xmlValues(file, "fullName")) {
                                catalog.labels.add(label.toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
            for (ObjectShape shape : catalog.shapes.values()) {
                String lower = shape.name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("__mdt")) {
                    // The standard fields of every Custom Metadata type.
                    for (String field : List.of("Id", "DeveloperName", "MasterLabel", "Label", "Language",
                            "NamespacePrefix", "QualifiedApiName", "SystemModstamp")) {
                        shape.fields.putIfAbsent(field, field.equals("Id") ? "Id" : field.equals("SystemModstamp") ? "Datetime" : "String");
                    }
                } else if (lower.endsWith("__c")) {
                    // The standard fields of every custom object.
                    common.forEach(shape.fields::putIfAbsent);
                    Map.of("Name", "String", "OwnerId", "Id", "IsDeleted", "Boolean").forEach(shape.fields::putIfAbsent);
                } else {
                    common.forEach(shape.fields::putIfAbsent);
                }
            }
            return catalog;
        }

        ObjectShape shape(String name) {
            return shapes.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ObjectShape(name));
        }

        void addCustomField(ObjectShape shape, Path file) throws IOException {
            String fieldName = xmlValues(file, "fullName").stream().findFirst()
                    .orElse(file.getFileName().toString().replace(".field-meta.xml", ""));
            String type = xmlValues(file, "type").stream().findFirst().orElse("Text");
            switch (type) {
                case "Lookup", "MasterDetail", "MetadataRelationship", "Hierarchy" -> {
                    shape.fields.put(fieldName, "Id");
                    String target = xmlValues(file, "referenceTo").stream().findFirst().orElse(null);
                    if (target != null) {
                        shape.fields.put(fieldName.replaceFirst("__c$", "__r"), "->" + target);
                    }
                }
                case "Number", "Currency", "Percent" -> shape.fields.put(fieldName, "Decimal");
                case "Checkbox" -> shape.fields.put(fieldName, "Boolean");
                case "Date" -> shape.fields.put(fieldName, "Date");
                case "DateTime" -> shape.fields.put(fieldName, "Datetime");
                case "Time" -> shape.fields.put(fieldName, "Time");
                case "Location" -> shape.fields.put(fieldName, "Location");
                default -> shape.fields.put(fieldName, "String");
            }
        }

        TypeInfo type(String name) {
            String key = name.toLowerCase(Locale.ROOT);
            if (types.containsKey(key)) {
                return types.get(key);
            }
            ObjectShape shape = shapes.get(key);
            if (shape == null) {
                return null;
            }
            SObjectMetadata.Builder metadata = SObjectMetadata.builder()
                    .setTriggerable(!key.endsWith("__mdt"))
                    .setLookupFieldPredicate(BiPredicates.alwaysTrue());
            if (key.endsWith("__mdt")) {
                metadata.setCustomEntitySObjectType(SObjectMetadata.CustomEntitySObjectType.CUSTOM_METADATA_TYPE)
                        .setSupportedDml(DmlOperation.EMPTY)
                        .setEditable(false);
            }
            SObjectTypeInfo type = ((SObjectTypeInfo.Builder) SObjectTypeInfo.builder()
                    .setApexBytecodeName(shape.name))
                    .setMetadata(metadata.build())
                    .setFields(Initializers.memoize(defining -> fieldTable(shape, defining)))
                    .buildResolved();
            types.put(key, type);
            return type;
        }

        FieldTable fieldTable(ObjectShape shape, TypeInfo defining) {
            Map<String, FieldInfo> instance = new java.util.LinkedHashMap<>();
            shape.fields.forEach((field, type) -> {
                TypeInfo fieldType;
                SObjectFieldInfo.Category category = SObjectFieldInfo.Category.REGULAR;
                if (type.startsWith("->")) {
                    fieldType = type(type.substring(2));
                    category = SObjectFieldInfo.Category.FOREIGN_KEY;
                } else if (type.startsWith("[]")) {
                    TypeInfo child = type(type.substring(2));
                    fieldType = child == null ? null : GenericTypeInfoFactory.createList(child);
                    category = SObjectFieldInfo.Category.AGGREGATE;
                } else {
                    fieldType = scalar(type);
                }
                if (fieldType == null) {
                    throw new IllegalStateException("field " + shape.name + "." + field + " has unknown type " + type);
                }
                instance.put(field.toLowerCase(Locale.ROOT), ((SObjectFieldInfo.Builder) SObjectFieldInfo.builder()
                        .setName(field)
                        .setModifiers(ModifierGroups.ONLY_GLOBAL)
                        .setDefiningType(defining)
                        .setType(fieldType))
                        .setCategory(category)
                        .build());
            });
            return new SObjectFieldTable(shape, defining, instance);
        }

        /**
         * An SObject's members as the platform's compiler sees them: record fields on an instance
         * (lead.Company), and on the type the static tokens: Lead.SObjectType (Schema.SObjectType)
         * and Lead.Company (Schema.SObjectField). Only fields that exist resolve.
         */
        final class SObjectFieldTable implements FieldTable {
            final ObjectShape shape;
            final TypeInfo defining;
            final Map<String, FieldInfo> instance;
            final Map<String, FieldInfo> statics = new HashMap<>();

            SObjectFieldTable(ObjectShape shape, TypeInfo defining, Map<String, FieldInfo> instance) {
                this.shape = shape;
                this.defining = defining;
                this.instance = instance;
            }

            @Override
            public apex.common.base.Result<Void> add(FieldInfo field) {
                instance.put(field.getName().toLowerCase(Locale.ROOT), field);
                return apex.common.base.Result.none();
            }

            @Override
            public FieldInfo get(SymbolResolver resolver, TypeInfo referencingType, String name, FieldTable.LookupMode mode) {
                String key = name.toLowerCase(Locale.ROOT);
                boolean isStatic = switch (mode) {
                    case STATIC_REFERENCE, STATIC_REFERENCE_LOCALS_OKAY, STATIC_VARIABLE, STATIC_VARIABLE_LOCALS_OKAY -> true;
                    default -> false;
                };
                if (!isStatic) {
                    return instance.get(key);
                }
                if (statics.containsKey(key)) {
                    return statics.get(key);
                }
                TypeInfo tokenType = null;
                if (key.equals("sobjecttype")) {
                    tokenType = schemaType.apply(resolver, "schema/sobjecttype");
                } else if (instance.containsKey(key) && instance.get(key) instanceof SObjectFieldInfo) {
                    tokenType = schemaType.apply(resolver, "schema/sobjectfield");
                }
                FieldInfo token = tokenType == null ? null : DynamicFieldInfo.builder()
                        .setLoadEmitter(DynamicFieldInfo.VariableEmitter.NOOP)
                        .setName(key.equals("sobjecttype") ? "SObjectType" : instance.get(key).getName())
                        .setDefiningType(defining)
                        .setType(tokenType)
                        .setModifiers(ModifierGroups.GLOBAL_STATIC)
                        .build();
                statics.put(key, token);
                return token;
            }

            @Override
            public FieldTable resolve() {
                return this;
            }

            @Override
            public boolean isResolved() {
                return true;
            }

            @Override
            public java.util.Collection<FieldInfo> all() {
                return instance.values();
            }
        }

        /** Looks up a standard-library type by "namespace/name"; set by the symbol provider. */
        java.util.function.BiFunction<SymbolResolver, String, TypeInfo> schemaType;

        /** Position of each object in the catalog: names generated describe types (no "__" allowed). */
        List<ObjectShape> ordered() {
            List<ObjectShape> list = new ArrayList<>(shapes.values());
            list.sort(java.util.Comparator.comparing(shape -> shape.name.toLowerCase(Locale.ROOT)));
            return list;
        }

        /**
         * Types for describe tokens, generated from the objects: Schema.SObjectType gets a static
         * member per object (Schema.SObjectType.Lead), whose type adds `fields` with one
         * Schema.DescribeFieldResult per field (Schema.SObjectType.Lead.fields.Company).
         */
        Stub describeStub(String key, StandardLibrary library) {
            List<ObjectShape> objects = ordered();
            if (key.equals("schema/sobjecttype")) {
                Stub base = library.stubs.get(key);
                StringBuilder members = new StringBuilder();
                for (int i = 0; i < objects.size(); i++) {
                    members.append("  global static Schema.SObjectDescribe").append(i).append(' ')
                            .append(objects.get(i).name).append(";\n");
                }
                int close = base.body().lastIndexOf('}');
                return new Stub(base.namespace(), base.name(), base.body().substring(0, close) + members + "}\n");
            }
            java.util.regex.Matcher generated = java.util.regex.Pattern
                    .compile("schema/sobject(describe|fields)(\\d+)").matcher(key);
            if (!generated.matches() || Integer.parseInt(generated.group(2)) >= objects.size()) {
                return null;
            }
            int index = Integer.parseInt(generated.group(2));
            if (generated.group(1).equals("describe")) {
                return new Stub("Schema", "SObjectDescribe" + index, "global class SObjectDescribe" + index
                        + " extends Schema.DescribeSObjectResult {\n  global Schema.SObjectFields" + index + " fields;\n}\n");
            }
            StringBuilder body = new StringBuilder("global class SObjectFields" + index + " extends Schema.SObjectTypeFields {\n");
            for (String field : objects.get(index).fields.keySet()) {
                body.append("  global Schema.DescribeFieldResult ").append(field).append(";\n");
            }
            return new Stub("Schema", "SObjectFields" + index, body.append("}\n").toString());
        }

        static TypeInfo scalar(String type) {
            return switch (type) {
                case "String" -> TypeInfos.STRING;
                case "Id" -> TypeInfos.ID;
                case "Boolean" -> TypeInfos.BOOLEAN;
                case "Integer" -> TypeInfos.INTEGER;
                case "Long" -> TypeInfos.LONG;
                case "Decimal" -> TypeInfos.DECIMAL;
                case "Double" -> TypeInfos.DOUBLE;
                case "Date" -> TypeInfos.DATE;
                case "Datetime" -> TypeInfos.DATE_TIME;
                case "Time" -> TypeInfos.TIME;
                case "Blob" -> TypeInfos.BLOB;
                case "Object" -> TypeInfos.OBJECT;
                default -> null;
            };
        }
    }

    /** Text of every element with that local name, in document order. */
    static List<String> xmlValues(Path file, String element) throws IOException {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.NodeList nodes = factory.newDocumentBuilder().parse(file.toFile())
                    .getElementsByTagNameNS("*", element);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent().trim());
            }
            return values;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException cause) {
            throw new IOException("cannot read " + file + ": " + cause.getMessage(), cause);
        }
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
