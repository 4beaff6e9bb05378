import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import type { CallInput, CallListQuery, UpdateCall } from '@shifan/domain';
import { type Actor, CurrentActor, OptionalActor } from '../auth/actor';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import * as contract from './calls.contract';
import { CallsService } from './calls.service';

@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Get()
  @Endpoint(contract.listCalls)
  list(@OptionalActor() actor: Actor | null, @Validated('query') query: CallListQuery) {
    return this.calls.page(actor, query);
  }

  @Get(':id')
  @Endpoint(contract.getCall)
  get(@OptionalActor() actor: Actor | null, @Validated('params') params: { id: number }) {
    return this.calls.get(actor, params.id);
  }

  @Post()
  @Endpoint(contract.createCall)
  create(@CurrentActor() actor: Actor, @Validated('body') body: CallInput) {
    return this.calls.create(actor, body);
  }

  @Put(':id')
  @Endpoint(contract.updateCall)
  update(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }, @Validated('body') body: UpdateCall) {
    return this.calls.update(actor, params.id, body);
  }

  @Post(':id/open')
  @HttpCode(200)
  @Endpoint(contract.openCall)
  open(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.calls.open(actor, params.id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Endpoint(contract.closeCall)
  close(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.calls.close(actor, params.id);
  }
}
