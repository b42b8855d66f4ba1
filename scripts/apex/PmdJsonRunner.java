// Runs PMD 7's Apex rules through PMD's Java API and prints one JSON document on stdout.
//
// Why a source file instead of `PmdCli`: the PMD jars that ship with
// @salesforce/code-analyzer-pmd-engine contain pmd-core and pmd-apex but not pmd-cli, so the
// `pmd check` command line does not exist there. Java 17 runs this single source file directly
// (`java -cp '<java-lib>/*' PmdJsonRunner.java <ruleset> <path>...`), one JVM per gate run.
//
// Output: {"violations":[{file,line,rule,priority,message}],"errors":[{file,message}]}

import java.nio.file.Path;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.apex.ApexLanguageModule;
import net.sourceforge.pmd.lang.rule.RulePriority;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

public class PmdJsonRunner {
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: PmdJsonRunner <ruleset.xml> <file-or-dir>...");
            System.exit(2);
        }
        PMDConfiguration config = new PMDConfiguration();
        config.addRuleSet(args[0]);
        config.setOnlyRecognizeLanguage(ApexLanguageModule.getInstance());
        config.setMinimumPriority(RulePriority.LOW);
        config.setIgnoreIncrementalAnalysis(true);
        for (int i = 1; i < args.length; i++) {
            config.addInputPath(Path.of(args[i]));
        }
        Report report;
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            if (pmd.getRulesets().isEmpty() || pmd.getRulesets().get(0).getRules().isEmpty()) {
                System.err.println("No rules loaded from " + args[0]);
                System.exit(2);
            }
            report = pmd.performAnalysisAndCollectReport();
            if (pmd.getReporter().numErrors() > 0) {
                System.err.println("PMD reported " + pmd.getReporter().numErrors() + " configuration error(s)");
                System.exit(2);
            }
        }
        StringBuilder json = new StringBuilder("{\"violations\":[");
        String separator = "";
        for (RuleViolation violation : report.getViolations()) {
            json.append(separator)
                .append("{\"file\":").append(quote(violation.getFileId().getAbsolutePath()))
                .append(",\"line\":").append(violation.getBeginLine())
                .append(",\"rule\":").append(quote(violation.getRule().getName()))
                .append(",\"priority\":").append(violation.getRule().getPriority().getPriority())
                .append(",\"message\":").append(quote(violation.getDescription()))
                .append('}');
            separator = ",";
        }
        json.append("],\"errors\":[");
        separator = "";
        for (Report.ProcessingError error : report.getProcessingErrors()) {
            json.append(separator)
                .append("{\"file\":").append(quote(error.getFileId().getAbsolutePath()))
                .append(",\"message\":").append(quote(error.getMsg()))
                .append('}');
            separator = ",";
        }
        for (Report.ConfigurationError error : report.getConfigurationErrors()) {
            json.append(separator)
                .append("{\"file\":null,\"message\":").append(quote(error.issue()))
                .append('}');
            separator = ",";
        }
        json.append("]}");
        System.out.println(json);
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
