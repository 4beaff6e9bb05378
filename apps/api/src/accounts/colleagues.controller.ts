import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import type { InviteColleague } from '@shifan/domain';
import { type Actor, CurrentActor } from '../auth/actor';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import * as contract from './colleagues.contract';
import { ColleaguesService } from './colleagues.service';

@Controller('enterprise/colleagues')
export class ColleaguesController {
  constructor(private readonly colleagues: ColleaguesService) {}

  @Get()
  @Endpoint(contract.listColleagues)
  list(@CurrentActor() actor: Actor) {
    return this.colleagues.list(actor);
  }

  @Post()
  @Endpoint(contract.inviteColleague)
  invite(@CurrentActor() actor: Actor, @Validated('body') body: InviteColleague) {
    return this.colleagues.invite(actor, body);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Endpoint(contract.disableColleague)
  disable(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.colleagues.setDisabled(actor, params.id, true);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Endpoint(contract.enableColleague)
  enable(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.colleagues.setDisabled(actor, params.id, false);
  }
}
