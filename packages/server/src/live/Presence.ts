/**
 * Who is connected to this server instance over WebSocket (sockets per user). Presence is
 * per instance: with several instances a user counts as online on the one holding the socket,
 * so views say "online if known".
 */
export class Presence {
  private readonly sockets = new Map<string, number>();

  /** A socket of `userId` opened; returns the function to call when it closes. */
  connect(userId: string): () => void {
    this.sockets.set(userId, (this.sockets.get(userId) ?? 0) + 1);
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      const left = (this.sockets.get(userId) ?? 1) - 1;
      if (left > 0) this.sockets.set(userId, left);
      else this.sockets.delete(userId);
    };
  }

  /** True while `userId` has at least one open socket here. */
  isOnline(userId: string): boolean {
    return this.sockets.has(userId);
  }
}
