/** The height of each organisation's bar in the overdue chart, so the space is kept while recharts loads. */
export const CHART_ROW_HEIGHT = 36;
