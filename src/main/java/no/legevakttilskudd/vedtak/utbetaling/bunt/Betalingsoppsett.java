package no.legevakttilskudd.vedtak.utbetaling.bunt;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * {@code legevakttilskudd.betaling.*}: what the payment file says about the payer (docs/operations.md). The name and
 * organisation number are the letters' sender ({@code legevakttilskudd.avsender.*}); the account has no default, so a
 * production without it refuses to make files rather than naming a wrong account.
 */
@ConfigMapping(prefix = "legevakttilskudd.betaling")
public interface Betalingsoppsett {

    /** The agency's account the payments are drawn from (Norwegian BBAN, 11 digits). */
    Optional<String> debitorkonto();

    /** The agency's customer id with the bank («Signer Id», InitgPty); the organisation number when not set. */
    Optional<String> kundeId();

    /** The bank's BIC, where the bank asks for it; left out, the file says NOTPROVIDED. */
    Optional<String> bic();
}
