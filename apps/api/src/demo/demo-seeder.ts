import { Injectable } from '@nestjs/common';

// TEMPORARY STUB (lead): replaced by the demo-data helper.
@Injectable()
export class DemoSeeder {
  async seedOnce(): Promise<{ password: string; logins: { email: string; role: string }[] } | null> {
    return null;
  }
}
