package no.legevakttilskudd.vedtak.rapport;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The report deadline in force for a decision, from the view {@code vedtak_rapportfrist}: the last granted extension,
 * otherwise the call's. The report, the reminders and the pages read it here, so the rule stands in one place (V1.23.0).
 */
@Entity
@Immutable
@Table(name = "vedtak_rapportfrist")
public class Rapportfrist extends PanacheEntityBase {

    @Id
    @Column(name = "vedtak_id")
    public Long vedtakId;

    @Column(name = "rapportfrist")
    public LocalDate frist;

    /** The deadline in force for the decision. */
    public static LocalDate av(long vedtakId) {
        Rapportfrist rad = findById(vedtakId);
        if (rad == null) {
            throw new IllegalStateException("Vedtak " + vedtakId + " finnes ikke");
        }
        return rad.frist;
    }
}
