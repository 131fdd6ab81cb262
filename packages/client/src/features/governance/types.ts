export interface DeadlineStateLabel {
  text: string;
  className: string;
}
