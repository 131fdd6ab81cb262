import { useId } from 'react';

interface NotificationBannerProps {
  /** `success` confirms something the user just did; `important` tells them something they need to know. */
  type: 'success' | 'important';
  text: string;
}

/** The GOV.UK notification banner. A success banner is announced as soon as it appears. */
export function NotificationBanner({ type, text }: NotificationBannerProps) {
  const titleId = useId();
  const success = type === 'success';
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}
