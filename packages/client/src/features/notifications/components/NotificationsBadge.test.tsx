import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { AdminPageQuery } from '../../admin/graphql/admin';
import {
  MarkNotificationsReadMutation,
  NotificationAddedSubscription,
  NotificationListQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications';

const me = buildCurrentUser('PRACTITIONER', { name: 'Jordan Lee' });

function countMock(count: number) {
  return { request: { query: UnreadNotificationCountQuery }, result: { data: { unreadNotificationCount: count } } };
}

function notification(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Notification' as const,
    id: '50000000-0000-4000-8000-000000000001',
    kind: 'ASSIGNED' as const,
    message: 'Priya Shah gave you an action: Book a housing options appointment (due 25 Nov 2026)',
    actionId: '10000000-0000-4000-8000-000000000001',
    aboutPerson: true,
    person: { __typename: 'Person' as const, id: '20000000-0000-4000-8000-000000000001', legalName: 'Aaron Ashworth' },
    createdAt: '2026-11-22T09:15:00Z',
    readAt: null,
    ...overrides,
  };
}

const banner = () => screen.getByRole('banner');

describe('NotificationsBadge', () => {
  it('shows the unread count in the header, and adds new notifications as they arrive', async () => {
    renderApp('/a-page-with-no-data', [
      meMock(me),
      quietMeChangedMock(),
      countMock(3),
      {
        request: { query: NotificationAddedSubscription },
        result: { data: { notificationAdded: notification({ id: '50000000-0000-4000-8000-000000000009' }) } },
        delay: 300,
      },
    ]);

    const link = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    expect(banner().contains(link)).toBe(true);
    expect(link.getAttribute('href')).toBe('/notifications');
    expect(link.textContent).toBe('Notifications 3');

    expect(await screen.findByRole('link', { name: 'Notifications, 4 unread' })).toBeTruthy();
    expect(within(banner()).getByRole('status').textContent).toContain(
      'New notification: New action for Aaron Ashworth. Priya Shah gave you an action',
    );
  });

  it('shows no badge when everything has been read', async () => {
    renderApp('/a-page-with-no-data', [meMock(me), quietMeChangedMock(), countMock(0)]);

    const link = await screen.findByRole('link', { name: 'Notifications, 0 unread' });
    expect(link.textContent).toBe('Notifications');
  });

  it('is not shown to administrators, who have no actions', async () => {
    renderApp('/admin', [
      meMock(buildCurrentUser('ADMIN')),
      quietMeChangedMock(),
      { request: { query: AdminPageQuery }, result: { data: { organisations: [], users: [] } } },
    ]);

    await screen.findByRole('button', { name: 'Sign out' });
    expect(within(banner()).queryByRole('link', { name: /Notifications/ })).toBeNull();
  });
});

describe('NotificationsPage', () => {
  it('lists notifications newest first, and marks them all as read', async () => {
    const unread = notification();
    // About someone the reader may no longer know of: the server sends no person, and the page names nobody.
    const read = notification({
      id: '50000000-0000-4000-8000-000000000002',
      kind: 'OVERDUE',
      message: 'Overdue since 20 Nov 2026: Register with a GP',
      person: null,
      readAt: '2026-11-21T08:00:00Z',
    });
    const aboutNobody = notification({
      id: '50000000-0000-4000-8000-000000000003',
      kind: 'DUE_TOMORROW',
      message: 'Due tomorrow: Chase the hostel about dogs',
      aboutPerson: false,
      person: null,
      readAt: '2026-11-21T08:00:00Z',
    });
    renderApp('/notifications', [
      meMock(me),
      quietMeChangedMock(),
      countMock(1),
      {
        request: { query: NotificationListQuery, variables: { limit: 50 } },
        result: { data: { notifications: [unread, read, aboutNobody] } },
      },
      { request: { query: MarkNotificationsReadMutation, variables: { ids: null } }, result: { data: { markNotificationsRead: 0 } } },
      {
        request: { query: NotificationListQuery, variables: { limit: 50 } },
        result: { data: { notifications: [{ ...unread, readAt: '2026-11-22T10:00:00Z' }, read, aboutNobody] } },
      },
    ]);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeTruthy();
    const items = screen.getAllByRole('listitem').filter((item) => item.className.includes('app-notifications__item'));
    expect(items[0]!.textContent).toContain('New');
    expect(items[0]!.textContent).toContain('Assigned to you');
    expect(items[0]!.textContent).toContain('22 Nov 2026, 09:15');
    expect(within(items[0]!).getByText('New action for Aaron Ashworth')).toBeTruthy();
    expect(within(items[0]!).getByRole('link', { name: 'View the action: New action for Aaron Ashworth' }).getAttribute('href')).toBe(
      '/actions/10000000-0000-4000-8000-000000000001',
    );
    expect(items[1]!.textContent).not.toContain('New');
    expect(within(items[1]!).getByText('Action for a person on your caseload is overdue')).toBeTruthy();
    expect(items[1]!.textContent).not.toContain('Aaron');
    expect(within(items[2]!).getByText('Your action is due tomorrow')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));

    expect(await screen.findByText('All notifications marked as read.')).toBeTruthy();
    expect(within(banner()).getByRole('link', { name: 'Notifications, 0 unread' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Mark all as read' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when there are no notifications', async () => {
    renderApp('/notifications', [
      meMock(me),
      quietMeChangedMock(),
      { request: { query: NotificationListQuery, variables: { limit: 50 } }, result: { data: { notifications: [] } } },
    ]);

    expect(await screen.findByText('You have no notifications.')).toBeTruthy();
  });
});
