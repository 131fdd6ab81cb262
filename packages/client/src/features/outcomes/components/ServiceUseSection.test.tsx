import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { planPersonMock } from '../../releases/testing';
import { RecordServiceUseMutation } from '../graphql/outcomes';
import { quarterLabel, recentQuarters } from '../quarters';
import { assessmentsMock, OUTCOMES_PERSON_ID, serviceUseMock } from '../testing';

const practitioner = buildCurrentUser('PRACTITIONER', { name: 'Jordan Lee' });
const PATH = `/people/${OUTCOMES_PERSON_ID}/outcomes`;
// The form offers this quarter and the seven before it, starting at the last complete one.
const [, lastQuarter, quarterBefore] = recentQuarters(8);
const recorded = {
  __typename: 'ServiceUseQuarter' as const,
  quarterStart: lastQuarter!,
  evictions: 1,
  arrests: 0,
  nightsInPrison: 14,
  aeAttendances: 2,
  mentalHealthInpatientDays: 0,
};

async function serviceUseForm() {
  return screen.findByRole('form', { name: 'Record service use for a quarter' }, { timeout: 5000 });
}

describe('recording service use', { timeout: 15_000 }, () => {
  it('starts from what the chosen quarter already holds', async () => {
    renderApp(PATH, [
      meMock(practitioner),
      quietMeChangedMock(),
      planPersonMock('Outcomes'),
      assessmentsMock([]),
      serviceUseMock([recorded]),
    ]);
    const form = await serviceUseForm();
    expect((within(form).getByLabelText('Quarter') as HTMLSelectElement).value).toBe(lastQuarter);
    expect(((await within(form).findByLabelText('Nights in prison')) as HTMLInputElement).value).toBe('14');
    expect((within(form).getByLabelText('A&E attendances') as HTMLInputElement).value).toBe('2');

    // Another quarter, with nothing recorded, starts empty.
    await userEvent.setup().selectOptions(within(form).getByLabelText('Quarter'), quarterLabel(quarterBefore!));
    expect((within(form).getByLabelText('Nights in prison') as HTMLInputElement).value).toBe('');
  });

  it('asks for a whole number in every box, within its limit, before saving', async () => {
    renderApp(PATH, [meMock(practitioner), quietMeChangedMock(), planPersonMock('Outcomes'), assessmentsMock([]), serviceUseMock([])]);
    const form = await serviceUseForm();
    const user = userEvent.setup();
    await user.type(within(form).getByLabelText('Evictions'), 'two');
    await user.type(within(form).getByLabelText('Nights in prison'), '93');
    await user.click(within(form).getByRole('button', { name: 'Save service use' }));

    const summary = await screen.findByRole('alert');
    const messages = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(messages).toEqual([
      'Enter the number of evictions, or 0',
      'Enter the number of arrests, or 0',
      'Nights in prison must be 92 or fewer',
      'Enter the number of a&e attendances, or 0',
      'Enter the number of mental-health inpatient days, or 0',
    ]);
  });

  it('saves a quarter and shows it in the table', async () => {
    const saved = {
      ...recorded,
      quarterStart: quarterBefore!,
      evictions: 0,
      arrests: 3,
      nightsInPrison: 0,
      aeAttendances: 5,
      mentalHealthInpatientDays: 7,
    };
    renderApp(PATH, [
      meMock(practitioner),
      quietMeChangedMock(),
      planPersonMock('Outcomes'),
      assessmentsMock([]),
      serviceUseMock([recorded]),
      {
        request: {
          query: RecordServiceUseMutation,
          variables: {
            input: {
              personId: OUTCOMES_PERSON_ID,
              quarterStart: quarterBefore,
              evictions: 0,
              arrests: 3,
              nightsInPrison: 0,
              aeAttendances: 5,
              mentalHealthInpatientDays: 7,
            },
          },
        },
        result: { data: { recordServiceUse: [saved, recorded] } },
      },
    ]);
    const form = await serviceUseForm();
    const user = userEvent.setup();
    await user.selectOptions(within(form).getByLabelText('Quarter'), quarterLabel(quarterBefore!));
    for (const [label, value] of [
      ['Evictions', '0'],
      ['Arrests', '3'],
      ['Nights in prison', '0'],
      ['A&E attendances', '5'],
      ['Mental-health inpatient days', '7'],
    ] as const) {
      await user.type(within(form).getByLabelText(label), value);
    }
    await user.click(within(form).getByRole('button', { name: 'Save service use' }));

    expect(await screen.findByText(`Service use for ${quarterLabel(quarterBefore!)} saved.`)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Service use by quarter' });
    expect(within(table).getByRole('row', { name: new RegExp(quarterLabel(quarterBefore!)) }).textContent).toBe(
      `${quarterLabel(quarterBefore!)}03057`,
    );
  });
});
