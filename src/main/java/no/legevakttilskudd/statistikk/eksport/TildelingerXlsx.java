package no.legevakttilskudd.statistikk.eksport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The awards as an Excel workbook, written with POI's streaming API: only the last {@link #VINDU} rows are in memory,
 * the rest go to a compressed temporary file that is deleted when the workbook is written. Amounts, populations and
 * shares are numeric cells and dates real dates, so Excel sums and sorts them; kommunenummer and organisasjonsnummer
 * stay text, or 0301 would lose its zero.
 */
final class TildelingerXlsx {

    static final String ARK = "Tildelinger";
    /** Rows kept in memory; nothing looks back at earlier rows, so a small window is enough. */
    private static final int VINDU = 100;

    private TildelingerXlsx() {
    }

    static void skriv(Stream<Tildelingsrad> rader, OutputStream ut) throws IOException {
        // Inline strings rather than a shared-strings table: the table would hold every distinct text in memory. The
        // temporary file is compressed: about 1 s slower per 100 000 rows, but a tenth of the size, and /tmp is often
        // memory in a container.
        SXSSFWorkbook bok = new SXSSFWorkbook(null, VINDU, true, false);
        // Plain ZIP, not ZIP64: written to a stream, POI would otherwise mark every part ZIP64, which older Excel and
        // java.util.zip cannot read. A part would need 4 GB to require it, far beyond Excel's 1 048 576 rows.
        bok.setZip64Mode(Zip64Mode.Never);
        try {
            Sheet ark = bok.createSheet(ARK);
            List<Kolonne> kolonner = Kolonne.TILDELINGER;
            Map<Kolonne.Type, CellStyle> stiler = stiler(bok);
            CellStyle overskrift = bok.createCellStyle();
            Font fet = bok.createFont();
            fet.setBold(true);
            overskrift.setFont(fet);
            Row forste = ark.createRow(0);
            for (int k = 0; k < kolonner.size(); k++) {
                ark.setColumnWidth(k, kolonner.get(k).bredde() * 256);
                Cell celle = forste.createCell(k);
                celle.setCellValue(kolonner.get(k).overskrift());
                celle.setCellStyle(overskrift);
            }
            ark.createFreezePane(0, 1);
            int nr = 1;
            for (Iterator<Tildelingsrad> i = rader.iterator(); i.hasNext();) {
                Tildelingsrad rad = i.next();
                Row rekke = ark.createRow(nr++);
                for (int k = 0; k < kolonner.size(); k++) {
                    Kolonne kolonne = kolonner.get(k);
                    Object verdi = kolonne.forMennesker(rad);
                    if (verdi != null) {
                        celle(rekke.createCell(k), kolonne.type(), verdi, stiler.get(kolonne.type()));
                    }
                }
            }
            ark.setAutoFilter(new CellRangeAddress(0, Math.max(0, nr - 1), 0, kolonner.size() - 1));
            bok.write(ut);
            ut.flush();
        } finally {
            bok.dispose();
            bok.close();
        }
    }

    private static void celle(Cell celle, Kolonne.Type type, Object verdi, CellStyle stil) {
        switch (type) {
            case TEKST -> celle.setCellValue((String) verdi);
            case LISTE -> celle.setCellValue((String) verdi);
            // Excel holds every number as a double; whole kroner up to 2^53 are exact in one.
            case TALL, BELOP -> celle.setCellValue(((Number) verdi).doubleValue());
            case PROSENT, DESIMAL -> celle.setCellValue(((BigDecimal) verdi).doubleValue());
            case DATO -> celle.setCellValue((LocalDate) verdi);
        }
        if (stil != null) {
            celle.setCellStyle(stil);
        }
    }

    /** One style per number format, made once: a workbook has a limit on styles, and every row shares them. */
    private static Map<Kolonne.Type, CellStyle> stiler(SXSSFWorkbook bok) {
        Map<Kolonne.Type, CellStyle> stiler = new EnumMap<>(Kolonne.Type.class);
        for (Kolonne.Type type : Kolonne.Type.values()) {
            if (type.tallformat != null) {
                CellStyle stil = bok.createCellStyle();
                stil.setDataFormat(bok.createDataFormat().getFormat(type.tallformat));
                stiler.put(type, stil);
            }
        }
        return stiler;
    }
}
