import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import type { SaveDraft, SaveProfile } from '@shifan/domain';
import { type Actor, CurrentActor } from '../auth/actor';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import * as contract from './applications.contract';
import { ApplicationsService } from './applications.service';
import { ProfileService } from './profile.service';

@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly profiles: ProfileService,
  ) {}

  @Get('enterprise/profile')
  @Endpoint(contract.getProfile)
  getProfile(@CurrentActor() actor: Actor) {
    return this.profiles.get(actor);
  }

  @Put('enterprise/profile')
  @Endpoint(contract.saveProfile)
  saveProfile(@CurrentActor() actor: Actor, @Validated('body') body: SaveProfile) {
    return this.profiles.save(actor, body);
  }

  @Get('applications')
  @Endpoint(contract.listApplications)
  list(@CurrentActor() actor: Actor) {
    return this.applications.listMine(actor);
  }

  @Post('calls/:id/applications')
  @Endpoint(contract.startApplication)
  start(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.applications.start(actor, params.id);
  }

  @Get('applications/:id')
  @Endpoint(contract.getApplication)
  get(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.applications.get(actor, params.id);
  }

  @Put('applications/:id/draft')
  @Endpoint(contract.saveDraft)
  saveDraft(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }, @Validated('body') body: SaveDraft) {
    return this.applications.saveDraft(actor, params.id, body);
  }

  @Post('applications/:id/submit')
  @HttpCode(200)
  @Endpoint(contract.submitApplication)
  submit(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.applications.submit(actor, params.id);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  @Endpoint(contract.withdrawApplication)
  withdraw(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.applications.withdraw(actor, params.id);
  }

  @Get('applications/:id/receipt')
  @Endpoint(contract.getReceipt)
  receipt(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.applications.receiptOf(actor, params.id);
  }

  @Get('applications/:id/timeline')
  @Endpoint(contract.getTimeline)
  timeline(@CurrentActor() actor: Actor, @Validated('params') params: { id: number }) {
    return this.applications.timeline(actor, params.id);
  }

  @Get('notifications')
  @Endpoint(contract.listNotifications)
  notifications(@CurrentActor() actor: Actor) {
    return this.applications.notifications(actor);
  }

  @Post('notifications/read')
  @HttpCode(200)
  @Endpoint(contract.readNotifications)
  readNotifications(@CurrentActor() actor: Actor) {
    return this.applications.markNotificationsRead(actor);
  }
}
