package vn.tuyenquang.workforce.outcomes;

import java.time.LocalDate;
import java.util.List;

import vn.tuyenquang.workforce.programmes.FundingProgramme;

/**
 * What the training each programme paid for in a year came to (resolution IV.7b): one row per programme (and one for
 * enrolments that name none), and the same per programme and commune.
 *
 * @param asOf the day the report was made: employment is known only for the days that have come
 */
public record ProgrammeReport(int year, LocalDate asOf, List<Row> programmes, List<Row> communes) {

    /**
     * People whose enrolment of the year the programme paid for, counted once each.
     *
     * @param programme      null for enrolments that name no programme
     * @param communeCode    the commune the register gives for each person now; null on a programme's row
     * @param enrolled       people enrolled in the year
     * @param completed      of them, people who completed
     * @param certified      of those who completed, people holding the certificate now
     * @param employedAt6Months  of those who completed, employed six months after (first) completing, once that day
     *                           came and where the register knew their status then
     * @param employedAt12Months the same twelve months on
     * @param ethnicMinority of the people enrolled whose ethnic group the register knows, those not Kinh
     */
    public record Row(FundingProgramme programme, String communeCode, int enrolled, int completed, Share certified,
                      Share employedAt6Months, Share employedAt12Months, Share ethnicMinority) {
    }
}
