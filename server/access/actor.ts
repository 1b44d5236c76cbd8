/** Who is calling a use case. The accounts issue fills this from the session cookie. */
export interface Actor {
  userId: string;
}
