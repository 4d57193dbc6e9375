package ucount.rules;

/**
 * How to classify: the rule set and the policy overrides it allows.
 *
 * @param emUsersEssential R5 override ({@code --em-users essential|none}); {@code null} keeps the rule set's default
 * @param failOnUnknownModel R15: {@code --unknown-models fail} makes an unknown model an error instead of a warning
 */
public record RuleOptions(RuleSet ruleSet, Boolean emUsersEssential, boolean failOnUnknownModel) {

    public static RuleOptions defaults(RuleSet ruleSet) {
        return new RuleOptions(ruleSet, null, false);
    }

    /** Whether a user with an Extension Mobility profile needs at least ESSENTIAL (R5). */
    public boolean extensionMobilityLicensed() {
        return emUsersEssential != null ? emUsersEssential : ruleSet.extensionMobilityLicensed();
    }
}
