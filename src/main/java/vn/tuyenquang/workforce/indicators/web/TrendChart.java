package vn.tuyenquang.workforce.indicators.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tuyenquang.workforce.indicators.IndicatorReport;

/**
 * The data of the trend chart, handed to the page's script as JSON in a data attribute (the content
 * security policy allows no inline script): the rates of each year so far, and the path to the targets.
 */
record TrendChart(List<Integer> years, List<BigDecimal> trained, List<BigDecimal> certified,
                  List<BigDecimal> trainedPath, List<BigDecimal> certifiedPath,
                  BigDecimal trainedTarget, BigDecimal certifiedTarget) {

    static TrendChart of(IndicatorReport report) {
        Map<Integer, IndicatorReport.YearFigure> figures = new HashMap<>();
        report.trend().forEach(y -> figures.put(y.year(), y));
        Map<Integer, IndicatorReport.PathPoint> path = new HashMap<>();
        report.path().forEach(p -> path.put(p.year(), p));
        int first = report.trend().get(0).year();
        int last = Math.max(report.targets().year(), report.year());
        List<Integer> years = new ArrayList<>();
        List<BigDecimal> trained = new ArrayList<>();
        List<BigDecimal> certified = new ArrayList<>();
        List<BigDecimal> trainedPath = new ArrayList<>();
        List<BigDecimal> certifiedPath = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            years.add(year);
            IndicatorReport.YearFigure figure = figures.get(year);
            trained.add(figure == null ? null : figure.figure().trainedRate());
            certified.add(figure == null ? null : figure.figure().certifiedRate());
            IndicatorReport.PathPoint point = path.get(year);
            trainedPath.add(point == null ? null : point.trainedRate());
            certifiedPath.add(point == null ? null : point.certifiedRate());
        }
        return new TrendChart(years, trained, certified, trainedPath, certifiedPath, report.targets().trained(),
                report.targets().certified());
    }
}
