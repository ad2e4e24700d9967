# Turkish, German, French, Spanish and Russian stories for the nineteenth held-out part (h19-*) of the
# newsflow extraction set. Fictional; written for newsflow. Markup and extra fields as in articles_h19_en.py.
ARTICLES = [
dict(id="h19-tr-001", lang="tr", tpl="ucoz", site="Kireçli Köyü", section="Köyden haberler", date="2026-05-11",
     byline="Muhtarlık",
     title="Meydan çeşmesi imeceyle yeniden akıyor",
     sub="Köylüler üç hafta sonunda 1911 tarihli çeşmeyi onardı.",
     caption="Onarımdan sonra meydan çeşmesi.", credit="Fotoğraf: Kireçli Muhtarlığı",
     body="""
Köy meydanındaki 1911 tarihli çeşme, yaklaşık on beş yıl sonra yeniden akmaya başladı. Onarım üç hafta süren bir imeceyle tamamlandı.

Çeşmenin künklerini yıllar içinde kök ve kireç tıkamıştı. Ayna taşı da çatlamış, yalak yarıya kadar toprakla dolmuştu. Son yıllarda çeşmeden tek damla su akmıyordu.

## Kim ne yaptı

İşler köylüler arasında şöyle paylaşıldı:

- gençler eski künkleri kazıp çıkardı ve yerine yeni boru döşedi;
- köyün ustası Rıza Demirtaş çatlak taşı aynı renkte bir taşla değiştirdi;
- kadınlar yalağı ve çevresini temizleyip etrafına çiçek dikti.

Malzeme parası, gurbetteki hemşehrilerimizin gönderdiği bağışlarla karşılandı. Toplam harcama 38.500 lira oldu.

"Çocukken bu çeşmeden su taşırdık," dedi Hatice Nine.

## Su içilebilir mi?

İlçe sağlık müdürlüğü suyu analiz etti ve içilebilir olduğunu bildirdi. Muhtarlık, ilçe belediyesiyle de temas halinde olduğunu ve suyun her yıl yeniden test edileceğini söyledi.

Takip edin: önümüzdeki ay köy mezarlığının duvarı için de imece yapılacak. Tarih bu sayfada duyurulacak.

Onarımın fotoğrafları sitemizin fotoğraflar bölümüne eklendi. Emeği geçen herkese teşekkür ederiz.
"""),

dict(id="h19-tr-002", lang="tr", tpl="cms", section="Kültür", date="2026-03-03", byline="Elif Sarıkaya",
     title="Kent arşivine 3 bin eski kartpostal bağışlandı",
     sub="Koleksiyon bir emekli postacının elli yıllık birikimi.",
     caption="Bağışlanan kartpostallardan biri: 1930'larda kordon boyu.", credit="Fotoğraf: Elif Sarıkaya",
     body="""
Emekli postacı Nevzat Aydoğan'ın elli yıl boyunca biriktirdiği yaklaşık 3 bin kartpostal, kent arşivine bağışlandı.

Kartpostalların en eskisi 1908 tarihli. Koleksiyonda kentin eski iskelesi, yanan sinema binası ve artık var olmayan tramvay hattı gibi yerler görülüyor.

## Tek tek taranacak

Arşiv müdürü Canan Ilgaz, kartların önce temizlenip sonra yüksek çözünürlükle taranacağını söyledi. Çalışmanın bir yıl sürmesi bekleniyor.

"Her kartın arkasında da bir hikâye var," dedi Ilgaz.

Kartların arkasındaki notlar, pullar ve damgalar da tek tek kaydedilecek. Ancak özel mektuplar yayımlanmadan önce, mümkünse yazanların ya da ailelerinin onayı alınacak.

## Herkes görebilecek

Taranan kartpostallar arşivin internet sitesinde ücretsiz olarak yayımlanacak. Yeni eklenen kartlar arşivin aylık e-bülteninde de duyurulacak. Arşiv, ilk 300 kartın eylülde erişime açılacağını duyurdu. Geri kalanı gelecek yıl eklenecek.

Okurlar da katkıda bulunabilir. Arşiv şunları istiyor:

- eski aile fotoğrafları ve kartpostallar;
- kartlarda görülen yerlerle ilgili anılar;
- fotoğraflardaki kişilerin isimleri.

Okuyun, bakın, hatırlayın: arşiv, kartların altına okurların anılarını da eklemeyi planlıyor.

Aydoğan, koleksiyonu satmak yerine bağışlamayı seçtiğini söyledi. "Bu kartlar bu kentin malı," dedi.
"""),

dict(id="h19-tr-003", lang="tr", tpl="blogger", site="Arıcının Defteri", section="Bal", date="2026-09-14",
     byline="Kemal Yayla",
     title="Kestane balımız analizden tam not aldı",
     sub="Laboratuvar sonuçları geldi, sizinle paylaşıyorum.",
     caption="Bu yılın kestane balı, süzmeden hemen sonra.", credit="Fotoğraf: Kemal Yayla",
     body="""
Bu yaz yayladan indirdiğimiz kestane balının analiz sonuçları geldi. Kısaca söyleyeyim: bal tertemiz çıktı.

Her yıl olduğu gibi balı, bağımsız bir laboratuvara gönderdik. Bu yıl ilk kez polen analizi de yaptırdık.

## Sonuçlar

Laboratuvar raporunda öne çıkan noktalar şunlar:

- polenlerin yüzde 71'i kestane poleni, yani bal gerçekten kestane balı;
- nem oranı yüzde 17,2, sınırın epey altında;
- ilaç kalıntısı ve şeker katkısı bulunmadı.

"Bu oranla tek çiçek balı diyebilirsiniz," dedi laboratuvardaki uzman.

## Yaylada zor bir yıl

Haziranda yağmur o kadar uzun sürdü ki arılar iki hafta kovandan neredeyse çıkamadı. Bu yüzden bal geçen yıldan yaklaşık üçte bir az.

Kovanlara göz kulak olan komşumuz Hasan Amca ile her gün telefonla iletişim halindeydim. Onun sayesinde hiç oğul kaçırmadık.

## Sipariş ve abonelik

Geçen yıl başlattığımız bal aboneliği bu yıl da sürüyor. Aboneler kışın her iki ayda bir kavanoz alıyor.

Abone olmak isteyenler yorumlara ya da e-postaya yazabilir. Kavanozların fotoğraflarını da birkaç gün içinde buraya koyacağım. Bu kış her kutuya, annemin kestane balıyla yaptığı kurabiyelerden de koyuyoruz.
"""),

dict(id="h19-de-001", lang="de", tpl="ucoz", site="KGV Am Mühlgraben", section="Vereinsnachrichten",
     date="2026-03-08", byline="Vorstand",
     title="Neue Wasserzähler: Was jetzt auf jede Parzelle zukommt",
     sub="Die Mitgliederversammlung hat eigene Zähler für alle Gärten beschlossen.",
     caption="Ein neuer Zählerschacht auf Parzelle 14.", credit="Foto: Vorstand KGV Am Mühlgraben",
     body="""
Die Mitgliederversammlung hat am vergangenen Samstag beschlossen, dass jede Parzelle bis zum 30. April einen eigenen Wasserzähler bekommt.

Bisher wurde der Wasserverbrauch der Anlage einfach durch die Zahl der Gärten geteilt. Das hat in den letzten Jahren immer wieder zu Streit geführt, weil manche Gärten mit Folientunnel deutlich mehr Wasser brauchen als andere.

## Neue Regeln für alle

Für die Umstellung gilt Folgendes:

- der Verein kauft die Zähler gesammelt ein, ein Zähler kostet 38 Euro;
- der Einbau wird von einem Installateur aus dem Verein gemacht;
- abgelesen wird jedes Jahr am ersten Samstag im Oktober.

„Wer viel gießt, zahlt eben mehr“, sagte ein Mitglied in der Versammlung.

Die Abstimmung fiel mit 41 zu 6 Stimmen deutlich aus.

## Fotos und Termine

Fotos vom Einbau auf der Musterparzelle hängen im Vereinsheim aus. Wer mit dem Einbautermin nicht einverstanden ist, meldet sich bitte beim Vorstand.

Der Vorstand stand in den letzten Wochen in Kontakt mit dem Bezirksverband, der die Umstellung begrüßt. Mehrere Nachbaranlagen haben schon eigene Zähler.

Lesen Sie bitte auch die geänderte Gartenordnung, die am Schwarzen Brett hängt. Sie tritt am 1. Mai in Kraft. Am Ablesetag gibt es wie immer Kaffee und Kekse im Vereinsheim.
"""),

dict(id="h19-de-002", lang="de", tpl="typo3", site="Gemeinde Oberhaslach", section="Rathaus aktuell",
     date="2026-03-24", byline="Hauptamt",
     title="Osterfeuer müssen bis 2. April angemeldet werden",
     sub="Die Gemeinde bittet um Rücksicht auf Igel und Vögel im Reisighaufen.",
     caption="Ein Osterfeuer am Ortsrand im vergangenen Jahr.", credit="Foto: Gemeinde Oberhaslach",
     body="""
Wer zu Ostern ein Feuer abbrennen möchte, muss es bis zum 2. April beim Ordnungsamt der Gemeinde anmelden. Darauf weist die Gemeindeverwaltung hin.

Im vergangenen Jahr wurden in Oberhaslach und den Ortsteilen 14 Osterfeuer angemeldet. Zwei nicht angemeldete Feuer lösten Feuerwehreinsätze aus.

## Was erlaubt ist

Verbrannt werden darf nur unbehandeltes Holz, also:

- Baum- und Strauchschnitt;
- trockenes Reisig;
- naturbelassene Holzreste ohne Farbe oder Lack.

Abfälle, Paletten und Möbel gehören nicht ins Feuer. Der Abstand zu Gebäuden muss mindestens 50 Meter betragen.

## Tiere schützen

Reisighaufen, die schon länger liegen, sind beliebte Verstecke für Igel, Kröten und brütende Vögel. Die Gemeinde bittet deshalb darum, das Material erst kurz vor dem Abbrennen aufzuschichten oder noch einmal umzusetzen.

„Ein kurzer Blick in den Haufen rettet Leben“, sagt Bürgermeisterin Sabine Kehrer.

## So melden Sie Ihr Feuer an

Das Formular gibt es im Bürgerbüro und auf der Internetseite der Gemeinde. Für Feuer von Vereinen ist zusätzlich die Zustimmung des Grundstückseigentümers nötig. Wer den Newsletter der Gemeinde abonniert hat, bekommt Ende März eine Erinnerung per E-Mail.

Folgen Sie am Ostersamstag den Hinweisen der Feuerwehr, falls wegen Trockenheit kurzfristig ein Verbot ausgesprochen werden muss.
"""),

dict(id="h19-de-003", lang="de", tpl="amp", section="Verkehr", date="2026-10-20", byline="Martin Gellert",
     title="Blaue Reflektoren sollen Rehe von der Straße fernhalten",
     sub="Der Kreis testet die Leitpfostenreflektoren auf drei Strecken.",
     caption="Ein blauer Reflektor an einem Leitpfosten an der K 12.", credit="Foto: Martin Gellert",
     body="""
Auf drei Kreisstraßen im Wetteraukreis hängen seit dieser Woche blaue Reflektoren an den Leitpfosten. Sie sollen Rehe und Wildschweine davon abhalten, nachts auf die Fahrbahn zu laufen.

Die Reflektoren werfen das Licht der Scheinwerfer in den Wald zurück. Die Tiere sollen dadurch gewarnt werden, bevor ein Auto sie erreicht.

## Viele Unfälle im Herbst

Im vergangenen Jahr zählte die Polizei im Kreis 1.240 Wildunfälle, die meisten davon im Oktober und November. Auf den drei Teststrecken krachte es besonders oft.

„Jeder Unfall mit einem Reh ist einer zu viel“, sagte Landrat Peter Jansen.

## Ob es wirkt, ist umstritten

Studien zu den Reflektoren kommen zu unterschiedlichen Ergebnissen. Der Kreis will deshalb genau zählen:

- wie viele Wildunfälle es auf den Strecken gibt;
- wie viele Tiere tot am Straßenrand gefunden werden;
- wie oft die Jäger zu verletzten Tieren gerufen werden.

Die örtlichen Jagdpächter stimmten dem Versuch zu und helfen beim Zählen. Der Kreis stehe auch in Kontakt mit einer Hochschule, die die Daten auswerten soll, sagte ein Sprecher.

Hören Sie auf Ihr Bauchgefühl, rät die Polizei: Wer in der Dämmerung durch Wald fährt, sollte langsamer fahren und bremsbereit sein.

Der Versuch läuft zwei Jahre.
"""),

dict(id="h19-fr-001", lang="fr", tpl="wix", site="Chorale À Travers Chants", section="Actualités", date="2026-11-02",
     byline="Bureau de la chorale",
     title="Trente ans de chant : la chorale fête son anniversaire le 29 novembre",
     sub="Un concert, des anciens choristes et un gâteau géant.",
     caption="La chorale lors de son concert de printemps.", credit="Photo : Bureau de la chorale",
     body="""
Notre chorale a trente ans cette année ! Pour fêter ça, nous vous donnons rendez-vous le samedi 29 novembre à 20 h à l'église Saint-Roch.

À Travers Chants est née en 1996 avec onze choristes qui répétaient dans une salle de classe. Nous sommes aujourd'hui 46, de 19 à 87 ans.

## Trente ans en musique

Le concert reprendra des morceaux de toutes nos années :

- des chants traditionnels du Limousin, notre point de départ ;
- des extraits de la Petite messe solennelle de Rossini ;
- quelques chansons françaises, dont deux arrangées par notre chef.

« On a gardé les plus beaux pour la fin », promet notre cheffe de chœur, Agnès Laborie.

## Les anciens sont invités

Nous avons retrouvé une trentaine d'anciens choristes. Ils nous rejoindront pour le dernier chant. Si vous avez chanté avec nous et que nous n'avons pas réussi à vous joindre, écrivez-nous.

Nous préparons aussi une exposition de photos des trente ans. Les personnes qui y apparaissent ont toutes donné leur accord.

## Pratique

L'entrée est libre, avec une participation au chapeau. Un verre de l'amitié et des biscuits maison suivront le concert.

Partagez l'affiche autour de vous : plus on est nombreux, plus on chante fort.
"""),

dict(id="h19-fr-002", lang="fr", tpl="gutenberg", section="Environnement", date="2026-06-03", byline="Claire Dumaine",
     title="Des chèvres pour entretenir les talus de la voie ferrée",
     sub="Un troupeau de quarante chèvres remplace les débroussailleuses sur deux kilomètres.",
     caption="Les chèvres sur le talus, au-dessus des rails.", credit="Photo : Claire Dumaine",
     body="""
Depuis lundi, quarante chèvres broutent les talus de la voie ferrée entre Saint-Aubert et le viaduc des Combes. Elles remplacent pour l'été les équipes de débroussaillage.

Le troupeau appartient à un éleveur de la vallée, Bastien Roux. Il est installé derrière une clôture électrique, à bonne distance des rails.

## Moins de bruit, moins de carburant

Sur ces pentes raides, le débroussaillage se fait d'habitude à la main, avec des machines thermiques. Le gestionnaire du réseau espère réduire :

- le bruit pour les riverains ;
- la consommation de carburant ;
- les risques pour les agents, qui travaillent en pente.

« Les chèvres, elles, adorent la pente », sourit l'éleveur.

## Un essai de trois ans

L'expérience doit durer trois étés. Un botaniste comptera les espèces présentes sur le talus chaque année, pour voir si le pâturage favorise les fleurs sauvages.

Le maire de Saint-Aubert a indiqué être en contact avec l'éleveur pour organiser une visite avec les écoles. Les parents devront signer une autorisation.

## Ne pas nourrir le troupeau

Suivez les panneaux posés le long du chemin : il est interdit de franchir la clôture et de donner du pain aux chèvres, qui tombent malades.

Les promeneurs peuvent les observer depuis le sentier, et les photos sont les bienvenues sur la page de la commune.
"""),

dict(id="h19-fr-003", lang="fr", tpl="portal", section="Sports", date="2026-07-15", byline="Yannick Serres",
     title="Le championnat départemental de pétanque pose ses boules à Ribérac",
     sub="Plus de 400 joueurs attendus ce week-end sur les allées du Champ-de-Foire.",
     caption="Une partie sur les allées du Champ-de-Foire.", credit="Photo : Yannick Serres",
     low=1, only=["correction"],
     correction="Rectification : une première version de cet article indiquait que le club comptait 140 licenciés. Il en compte 104.",
     body="""
Plus de 400 joueurs sont attendus samedi et dimanche à Ribérac pour le championnat départemental de pétanque en triplette.

C'est la première fois depuis 2009 que la compétition se tient dans la commune. Le club local, la Boule ribéracoise, compte 104 licenciés.

## Trois jours de préparation

Les bénévoles du club ont passé trois jours à préparer les 120 terrains tracés sur les allées du Champ-de-Foire. Il a fallu apporter douze tonnes de sable.

« On a ratissé jusqu'à la nuit », raconte le président du club, Michel Lacoste.

## Le programme

Les parties commencent samedi à 9 h. Le déroulé est le suivant :

- poules de qualification le samedi toute la journée ;
- élimination directe le dimanche matin ;
- finale prévue vers 17 h dimanche.

Les trois premières équipes seront qualifiées pour le championnat de France. Les abonnés à la lettre d'information du club recevront les résultats complets dès dimanche soir.

## Pour les spectateurs

L'accès est gratuit. Une buvette et un stand de grillades seront tenus par le club.

Écoutez le speaker : les résultats des poules seront annoncés au micro toutes les heures, et affichés sur le panneau près de la buvette.

Le stationnement se fera sur le parking de la piscine, la place du marché étant fermée à la circulation tout le week-end.
"""),

dict(id="h19-es-001", lang="es", tpl="ucoz", site="Asociación Cultural El Horno", section="Noticias",
     date="2026-04-27", byline="La junta",
     title="El horno comunal vuelve a cocer pan después de cuarenta años",
     sub="La asociación ha reconstruido la bóveda del horno de la plaza.",
     caption="La primera hornada, recién salida del horno.", credit="Foto: Asociación Cultural El Horno",
     body="""
El horno comunal de la plaza de Valdecea volvió a encenderse el pasado sábado, cuarenta años después de la última hornada.

Durante siglos, las familias del pueblo cocían allí su pan por turnos. El horno dejó de usarse en 1986 y la bóveda acabó por hundirse en un invierno de mucha nieve.

## Cómo se ha hecho

La reconstrucción ha durado dos años y se ha hecho casi toda a mano. Los trabajos han sido estos:

- desmontar la bóveda caída y numerar los ladrillos que se podían aprovechar;
- levantar una bóveda nueva con barro y ladrillo macizo;
- arreglar la puerta de hierro y la chimenea.

El maestro de obras fue Julián Sanz, de 79 años, que aprendió el oficio con su padre.

"Lo difícil es que la bóveda no se abra", explicó.

## Las próximas hornadas

La asociación quiere encender el horno el último sábado de cada mes. Quien quiera cocer su pan tendrá que apuntarse antes en la lista de la junta. Para los niños habrá chocolate y galletas de la primera hornada.

Las fotos de la primera hornada ya están en la galería. Solo se han publicado las de los vecinos que dieron su consentimiento.

Lee también las normas de uso del horno que hemos colgado en la puerta del local.
"""),

dict(id="h19-es-002", lang="es", tpl="sanity", section="Ciudad", date="2026-09-29", byline="Lorena Bermejo",
     title="El ayuntamiento instala sensores de ruido en la zona de bares",
     sub="Diez aparatos medirán el volumen en el casco viejo durante un año.",
     caption="Uno de los sensores, en un balcón de la calle Tintoreros.", credit="Foto: Lorena Bermejo",
     body="""
El ayuntamiento ha instalado diez sensores de ruido en las calles con más bares del casco viejo. Los aparatos medirán el volumen cada minuto, día y noche, durante al menos un año.

La medida responde a las quejas de los vecinos de la calle Tintoreros y la plaza del Pozo, que llevan años denunciando que no pueden dormir los fines de semana.

## Qué medirán

Los sensores no graban conversaciones, según el ayuntamiento. Solo registran el nivel de ruido en decibelios.

"No escuchan lo que se dice, solo cuánto se grita", aseguró la concejala de Medio Ambiente, Inés Carrasco.

Los datos se publicarán en la web municipal. Cualquier vecino podrá consultar:

- el nivel medio de cada noche;
- los picos por encima del límite legal;
- la comparación entre días laborables y fines de semana.

## Bares y vecinos

La asociación de hosteleros dijo estar en contacto con el ayuntamiento y pidió que los datos no se usen para sancionar sin avisar antes.

La asociación vecinal, por su parte, recoge firmas a través de su boletín, al que están suscritos unos 600 vecinos, para pedir que se adelante el cierre de las terrazas.

Escuchad a los dos lados, pidió el alcalde en el pleno: los bares dan trabajo a más de 300 personas en el barrio.

Los vecinos que quieran un sensor en su balcón pueden pedirlo, siempre que den su permiso por escrito.
"""),

dict(id="h19-es-003", lang="es", tpl="brightspot", section="Tribunales", date="2026-12-10", byline="Sergio Abellán",
     title="Condenado a dos años un falso revisor del gas que estafó a 23 mayores",
     sub="Cobraba hasta 280 euros por cambiar un tubo que no necesitaba cambio.",
     caption="Fachada de la Audiencia Provincial.", credit="Foto: Sergio Abellán",
     body="""
La Audiencia Provincial ha condenado a dos años de cárcel a un hombre que se hacía pasar por revisor del gas para estafar a personas mayores en varios pueblos de la comarca.

Según la sentencia, el acusado visitó entre 2023 y 2025 las casas de al menos 23 vecinos, la mayoría mayores de 75 años que vivían solos.

## Cómo actuaba

El hombre llevaba un chaleco con un logotipo parecido al de una compañía de gas. Una vez dentro, el método era siempre el mismo:

- decía que la revisión era obligatoria;
- aseguraba que el tubo de la bombona estaba caducado;
- lo cambiaba y cobraba hasta 280 euros en efectivo.

Los tubos que retiraba estaban en buen estado, según los peritos.

"Parecía muy amable", declaró una de las víctimas.

## La investigación

La Guardia Civil lo detuvo después de que la hija de una vecina guardara una foto de su furgoneta. Los agentes estuvieron en contacto con las compañías de gas, que confirmaron que no trabajaba para ninguna.

Además de la pena de cárcel, deberá devolver a las víctimas 5.940 euros.

## Consejos

Seguid estas pautas, recuerda la Guardia Civil: las compañías avisan antes de una revisión y nunca cobran en efectivo en la puerta.

Ante cualquier duda, llamad al 062.
"""),

dict(id="h19-ru-001", lang="ru", tpl="ucoz", site="Посёлок Сосновый Бор", section="Новости посёлка",
     date="2026-06-20", byline="Admin",
     title="Мост через Гремячий ручей отремонтировали на деньги жителей",
     sub="За три месяца собрали 187 тысяч рублей.",
     caption="Новый настил моста через Гремячий ручей.", credit="Фото: администратор сайта",
     body="""
Пешеходный мост через Гремячий ручей снова открыт. Его отремонтировали на деньги, которые собрали сами жители посёлка.

Старый настил прогнил ещё прошлой осенью, и по мосту стало опасно ходить. А ведь это самый короткий путь от улицы Лесной до школы и магазина.

## Как собирали деньги

Администрация района ответила, что мост не стоит на балансе и денег на него нет. Тогда жители решили справиться сами. За три месяца собрали 187 тысяч рублей.

Деньги ушли на следующее:

- лиственничные доски для настила;
- новые перила и крепёж;
- работу сварщика, который укрепил опоры.

«Всем миром сделали за два выходных», — рассказал один из участников, Сергей Кузнецов.

## Кто будет чинить мост дальше

Совет посёлка поддерживает связь с районной администрацией: там обещали поставить мост на учёт, чтобы в будущем его ремонтировал район.

Фотографии ремонта выложены в фотоальбоме. Отчёт о том, куда потрачен каждый рубль, висит на доске объявлений у магазина.

Подписывайтесь на новости сайта, чтобы не пропустить следующий субботник. Чай с печеньем, как всегда, за счёт совета.
"""),

dict(id="h19-ru-002", lang="ru", tpl="tilda", section="Город", date="2026-10-07", byline="Ольга Тарасова",
     title="Фермерский рынок переезжает под крышу",
     sub="С ноября торговать будут в бывшем цехе хлебозавода.",
     caption="Фермерский рынок на площади в сентябре.", credit="Фото: Ольга Тарасова",
     body="""
Субботний фермерский рынок, который три года работал под открытым небом на площади Победы, с ноября переедет в бывший цех хлебозавода на улице Заводской.

Организаторы говорят, что зимой торговать на площади было тяжело: продукты замерзали, а покупателей становилось в два раза меньше.

## Что будет в новом зале

В новом помещении поместятся 48 торговых мест — на десять больше, чем на площади. Появятся:

- отапливаемый зал и туалет;
- холодильные витрины для молока и мяса;
- детский уголок и столики с горячим чаем.

Место на рынке будет стоить 600 рублей в день, как и раньше.

«Наконец-то не придётся торговать в варежках», — говорит фермер из Заречья Анна Белова.

## Покупателям

Рынок будет работать по субботам с 8 до 14 часов. Автобусы № 3 и № 7 останавливаются рядом.

Организаторы поддерживают связь с мэрией: обсуждается, чтобы летом часть рядов снова выходила на площадь.

Следите за новостями рынка в его телеграм-канале. Там же публикуют список продавцов на каждую субботу, а в пятницу его присылают в рассылке рынка.

Для постоянных покупателей появится подписка на фермерские наборы: овощи, яйца и творог раз в неделю.
"""),

dict(id="h19-ru-003", lang="ru", tpl="webflow", section="Город", date="2026-11-25", byline="Дмитрий Лапин",
     title="Коммунальщики испытывают новую смесь против гололёда",
     sub="Вместо песка и соли на тротуары сыплют гранитную крошку.",
     caption="Гранитная крошка на тротуаре улицы Ленина.", credit="Фото: Дмитрий Лапин",
     body="""
На четырёх улицах Ветлуги этой зимой испытывают новую противогололёдную смесь. Вместо привычной песчано-соляной смеси тротуары посыпают гранитной крошкой.

Крошка не растворяется и не разъедает обувь и лапы собак, объясняют в управлении благоустройства. Весной её сметут, промоют и используют снова.

## Где проходит испытание

Смесь уже появилась на тротуарах:

- улицы Ленина от площади до моста;
- улицы Садовой;
- Набережной;
- переулка Школьного.

«Если горожанам понравится, со следующего года перейдём на крошку везде», — сказал начальник управления Игорь Мельников.

## Мнения разделились

Пенсионеры, с которыми мы поговорили, в основном довольны: по крошке не скользко. Владельцы кафе жалуются, что её заносят внутрь на подошвах.

В управлении рассказали, что были на связи с коллегами из Кирова, где крошку используют уже три зимы. Там её расход оказался вдвое меньше, чем у песка.

## Оставьте отзыв

Читайте условия опроса на сайте администрации: до конца февраля там можно оценить, как убирают улицы.

Отзыв можно оставить и по телефону горячей линии. Фотографии скользких мест управление тоже просит присылать — но только с согласия тех, кто попал в кадр.
"""),
]
