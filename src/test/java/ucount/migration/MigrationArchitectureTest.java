package ucount.migration;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The migration rules stay pure: no command line, no rendering, no file formats (style.md, the pipeline). */
class MigrationArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ucount");

    @Test
    void migrationKnowsNoCliReportIngestOrFileFormat() {
        noClasses().that().resideInAPackage("ucount.migration..")
                .should().dependOnClassesThat().resideInAnyPackage("ucount.cli..", "ucount.report..", "ucount.ingest..",
                        "ucount.pipeline..", "picocli..", "org.apache.commons.csv..", "com.fasterxml..",
                        "jakarta.xml..", "javax.xml..", "org.w3c..", "org.xml..")
                .check(CLASSES);
    }

    @Test
    void onlyTheReportLayerBindsXml() {
        noClasses().that().resideOutsideOfPackages("ucount.report..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.xml.bind..", "ucount.report.xml..")
                .check(CLASSES);
    }
}
