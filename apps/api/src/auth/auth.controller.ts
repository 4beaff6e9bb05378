import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { ChangePassword, PasswordResetRequest, RegisterEnterprise, SignIn, TokenPassword } from '@shifan/domain';
import type { Request, Response } from 'express';
import { Endpoint } from '../common/http/endpoint';
import { Validated } from '../common/http/validated';
import { type Actor, CurrentActor } from './actor';
import * as contract from './auth.contract';
import type { RequestWithSession } from './auth.guard';
import { AuthService, type ClientMeta } from './auth.service';
import { clearSessionCookies, setSessionCookies } from './cookies';

function clientMeta(request: Request): ClientMeta {
  const userAgent = request.headers['user-agent'];
  return { address: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent : null };
}

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @Endpoint(contract.register)
  async register(@Validated('body') body: RegisterEnterprise, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { session, view } = await this.auth.register(body, clientMeta(request));
    setSessionCookies(request, response, session);
    return view;
  }

  @Post('sign-in')
  @HttpCode(200)
  @Endpoint(contract.signIn)
  async signIn(@Validated('body') body: SignIn, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { session, view } = await this.auth.signIn(body, clientMeta(request));
    setSessionCookies(request, response, session);
    return view;
  }

  @Post('sign-out')
  @HttpCode(204)
  @Endpoint(contract.signOut)
  async signOut(@CurrentActor() actor: Actor, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    await this.auth.signOut(actor);
    clearSessionCookies(request, response);
  }

  @Get('me')
  @Endpoint(contract.me)
  me(@CurrentActor() actor: Actor, @Req() request: RequestWithSession) {
    return this.auth.me(actor, request.sessionTimes!);
  }

  @Post('password')
  @HttpCode(200)
  @Endpoint(contract.changePassword)
  changePassword(@CurrentActor() actor: Actor, @Validated('body') body: ChangePassword) {
    return this.auth.changePassword(actor, body);
  }

  @Post('password-reset/request')
  @HttpCode(202)
  @Endpoint(contract.requestPasswordReset)
  async requestPasswordReset(@Validated('body') body: PasswordResetRequest) {
    await this.auth.requestPasswordReset(body.login);
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @Endpoint(contract.confirmPasswordReset)
  async confirmPasswordReset(@Validated('body') body: TokenPassword) {
    await this.auth.confirmPasswordReset(body);
  }

  @Post('invitation/accept')
  @HttpCode(204)
  @Endpoint(contract.acceptInvitation)
  async acceptInvitation(@Validated('body') body: TokenPassword) {
    await this.auth.acceptInvitation(body);
  }
}
