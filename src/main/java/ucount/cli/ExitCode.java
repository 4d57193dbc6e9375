package ucount.cli;

/** The exit codes scripts rely on (docs/contract.md). */
public enum ExitCode {
    OK(0), INTERNAL_ERROR(1), USAGE(2), INPUT_ERROR(3), CHECK_FAILED(4);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
