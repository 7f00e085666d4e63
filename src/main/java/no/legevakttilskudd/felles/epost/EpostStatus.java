package no.legevakttilskudd.felles.epost;

/** An outbox row's life: waiting (also between retries), delivered to the SMTP server, or given up on. */
public enum EpostStatus {
    VENTER, SENDT, FEILET
}
