/** Whether a reset link sent at `sentAt` has expired at `now`, given its lifetime in hours. */
export function isResetLinkExpired(sentAt: Date, now: Date, lifetimeHours: number): boolean {
  return now.getTime() - sentAt.getTime() > lifetimeHours * 60 * 60 * 1000;
}

/** When the link stops working. */
export function resetLinkExpiresAt(sentAt: Date, lifetimeHours: number): Date {
  return new Date(sentAt.getTime() + lifetimeHours * 60 * 60 * 1000);
}
