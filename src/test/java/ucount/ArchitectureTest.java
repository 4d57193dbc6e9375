package ucount;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the layering of style.md true: data flows one way, and only the CLI knows picocli. */
@AnalyzeClasses(packages = "ucount", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheCliUsesPicocli = noClasses().that().resideOutsideOfPackage("ucount.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule nothingDependsOnTheCli = noClasses().that().resideOutsideOfPackage("ucount.cli..")
            .should().dependOnClassesThat().resideInAPackage("ucount.cli..");

    @ArchTest
    static final ArchRule rulesNeverTouchCsvOrXml = noClasses().that()
            .resideInAnyPackage("ucount.rules..", "ucount.model..", "ucount.compliance..", "ucount.migration..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.csv..", "javax.xml..",
                    "jakarta.xml..", "com.fasterxml..", "ucount.ingest..", "ucount.report..");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("ucount.model..")
            .should().dependOnClassesThat().resideInAnyPackage("ucount.catalog..", "ucount.rules..",
                    "ucount.pipeline..");

    @ArchTest
    static final ArchRule readersDoNotKnowTheRules = noClasses().that().resideInAPackage("ucount.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("ucount.rules..", "ucount.report..");

    @ArchTest
    static final ArchRule anonymizerSeesOnlyTheModel = noClasses().that().resideInAPackage("ucount.anonymize..")
            .should().dependOnClassesThat().resideInAnyPackage("ucount.ingest..", "ucount.catalog..",
                    "ucount.rules..", "ucount.compliance..", "ucount.pipeline..", "ucount.report..");

    @ArchTest
    static final ArchRule diffKnowsNoRenderer = noClasses().that().resideInAPackage("ucount.diff..")
            .should().dependOnClassesThat().resideInAnyPackage("ucount.report..", "ucount.pipeline..");
}
