import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NDTA } from '@casehuddle/shared';
import { describe, expect, it, vi } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { todayIso } from '../../../ui/dates';
import { planPersonMock } from '../../releases/testing';
import { RecordAssessmentMutation } from '../graphql/outcomes';
import { assessmentsMock, buildAssessment, buildHistory, OUTCOMES_PERSON_ID, serviceUseMock } from '../testing';

const practitioner = buildCurrentUser('PRACTITIONER', { name: 'Jordan Lee' });
const PATH = `/people/${OUTCOMES_PERSON_ID}/outcomes`;
const ACKNOWLEDGEMENT = 'The New Directions Team Assessment is © South West London & St George’s Mental Health NHS Trust.';

const history = buildHistory([buildAssessment('2026-02-20', 3), buildAssessment('2026-05-20', 2)], {
  rescoreDue: true,
  rescoreDueOn: '2026-08-19',
});

const quarter = {
  __typename: 'ServiceUseQuarter' as const,
  quarterStart: '2026-07-01',
  evictions: 1,
  arrests: 0,
  nightsInPrison: 14,
  aeAttendances: 2,
  mentalHealthInpatientDays: 0,
};

describe('OutcomesPage', () => {
  it('shows the NDTA trend, the latest scores, a re-score prompt and the acknowledgement', async () => {
    renderApp(PATH, [
      meMock(practitioner),
      quietMeChangedMock(),
      planPersonMock('Outcomes'),
      assessmentsMock([history]),
      serviceUseMock([quarter]),
    ]);

    const section = await screen.findByRole('region', { name: NDTA.name }, { timeout: 5000 });
    expect(within(section).getByRole('img').getAttribute('aria-label')).toBe(
      'Line chart of NDTA totals over time, out of 48, where higher means more need: 20 Feb 2026, 36; 20 May 2026, 24.',
    );
    const trend = within(section).getByRole('table', { name: 'NDTA totals over time, as a table' });
    expect(within(trend).getAllByRole('row')[2]!.textContent).toContain('−12');
    const latest = within(section).getByRole('table', { name: 'Latest NDTA scores by domain, 20 May 2026' });
    expect(within(latest).getByRole('row', { name: /Risk to others \(counts double\)/ }).textContent).toContain('2 of 4');
    expect(within(section).getByText(/A re-score is due \(it was due on 19 Aug 2026\)/)).toBeTruthy();
    expect(within(section).getAllByText(ACKNOWLEDGEMENT).length).toBeGreaterThanOrEqual(2);

    const serviceUse = await screen.findByRole('table', { name: 'Service use by quarter' });
    expect(within(serviceUse).getByRole('row', { name: /Jul to Sep 2026/ }).textContent).toBe('Jul to Sep 2026101420');
  }, 15_000);

  it('requires every domain to be scored before saving an NDTA, then saves it', async () => {
    const scored = NDTA.domains.map((d, i) => ({ domain: d.key, score: i % 5 }));
    const total = scored.reduce((sum, s, i) => sum + s.score * NDTA.domains[i]!.weight, 0);
    const saved = vi.fn(() => ({
      data: { recordAssessment: [buildHistory([...history.assessments, buildAssessment(todayIso(), 1, { total })])] },
    }));
    renderApp(PATH, [
      meMock(practitioner),
      quietMeChangedMock(),
      planPersonMock('Outcomes'),
      assessmentsMock([history]),
      serviceUseMock([]),
      {
        request: {
          query: RecordAssessmentMutation,
          variables: { input: { personId: OUTCOMES_PERSON_ID, measureKey: 'NDTA', assessedOn: todayIso(), scores: scored, notes: null } },
        },
        result: saved,
      },
    ]);
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'New NDTA assessment' }, { timeout: 5000 });
    expect(within(form).getByText(ACKNOWLEDGEMENT)).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Save assessment' }));

    const summary = await within(form).findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links).toHaveLength(10);
    expect(links[0]!.textContent).toBe('Score engagement with frontline services, from 0 to 4');
    expect(links[3]!.textContent).toBe('Score risk to others, from 0 to 4');
    expect(within(form).getByRole('group', { name: /Housing/ }).textContent).toContain('Error: Score housing, from 0 to 4');
    expect(saved).not.toHaveBeenCalled();

    for (const [i, d] of NDTA.domains.entries()) {
      const group = within(form).getByRole('group', { name: new RegExp(`^${d.label.replace('/', '\\/')}`) });
      await user.click(within(group).getByLabelText(String(i % 5)));
    }
    expect(within(form).getByText(`Total so far: ${total} out of 48`, { exact: false })).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Save assessment' }));

    const message = await screen.findByText(`NDTA saved: total ${total} out of 48.`);
    expect(document.activeElement).toBe(message);
    expect(saved).toHaveBeenCalledTimes(1);
  }, 20_000);
});
