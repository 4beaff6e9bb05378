import { Controller, Get, Patch, Post } from '@nestjs/common';
import type { AccountListQuery, CreateStaff, UpdateStaff } from '@shifan/domain';
import { type Actor, CurrentActor } from '../auth/actor';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import * as contract from './staff.contract';
import { StaffService } from './staff.service';

@Controller('admin/accounts')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @Endpoint(contract.listAccounts)
  list(@Validated('query') query: AccountListQuery) {
    return this.staff.page(query);
  }

  @Post()
  @Endpoint(contract.createStaff)
  create(@CurrentActor() actor: Actor, @Validated('body') body: CreateStaff) {
    return this.staff.create(actor, body);
  }

  @Patch(':id')
  @Endpoint(contract.updateAccount)
  update(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }, @Validated('body') body: UpdateStaff) {
    return this.staff.update(actor, params.id, body);
  }
}
