/**
 * The dashboard's own user-facing text: the area picker, its list, what it says when the text
 * names no authority, the announcement of a new area and the printed line. Override any of them
 * through the dashboard's `strings` property or attribute, e.g.
 * `strings='{"dashboardAreaLabel": "Awdurdod lleol"}'`. `{name}` placeholders are filled in. The
 * charts inside keep their own `strings`.
 */
export const DASHBOARD_STRINGS = {
  // the picker
  dashboardAreaLabel: 'Local authority',
  dashboardAreaHint: 'Type a name or a GSS code, for example Wolverhampton or E08000031, and choose from the list.',
  dashboardShow: 'Show',
  dashboardOption: '{name} ({code})',
  dashboardResults_one: '{n} local authority matches. Use the up and down arrow keys to choose it.',
  dashboardResults_other: '{n} local authorities match. Use the up and down arrow keys to choose one.',
  dashboardNoResults: 'No local authority matches.',
  dashboardAreasLoading: 'The list of local authorities is loading.',
  // text that names no authority (the prefix is for screen readers, as GOV.UK's error messages have)
  dashboardErrorPrefix: 'Error:',
  dashboardUnknown: 'There is no local authority called “{query}” in these figures.',
  dashboardDidYouMean: 'Did you mean:',
  dashboardUnknownHelp: 'Type the name or GSS code of an English local authority, as the list gives it.',
  dashboardEmpty: 'Type the name or GSS code of a local authority.',
  // once every chart shows the new area: said once, politely
  dashboardAnnounce_one: 'Showing {name}: {n} chart updated.',
  dashboardAnnounce_other: 'Showing {name}: {n} charts updated.',
  dashboardAnnounceProblems_one: '{n} of them cannot be shown for this area.',
  dashboardAnnounceProblems_other: '{n} of them cannot be shown for this area.',
  // on paper, in place of the picker
  dashboardPrintArea: 'Local authority: {name}',
} as const;

/** A key of {@link DASHBOARD_STRINGS}. */
export type DashboardStringKey = keyof typeof DASHBOARD_STRINGS;
